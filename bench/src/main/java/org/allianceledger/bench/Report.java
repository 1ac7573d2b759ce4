package org.allianceledger.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Writes a run's results as results.json, results.md (the table the README quotes) and chart.png. */
final class Report {

    private Report() {
    }

    static void write(Results results, Path dir) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("results.json").toFile(), results);
        Files.writeString(dir.resolve("results.md"), markdown(results));
        Chart.draw(results, dir.resolve("chart.png"));
    }

    static String markdown(Results results) {
        StringBuilder md = new StringBuilder();
        md.append("Run: ").append(results.environment().get("date")).append(", ").append(results.environment().get("machine"))
                .append(", ").append(results.environment().get("postgres")).append(", JDK ")
                .append(results.environment().get("java")).append("\n\n");
        md.append("| clients | raw PostgreSQL inserts/s | ledger commands/s | ratio | command p50 | p99 | p99.9 | query p99 | failed "
                + "| views caught up after | sustained requests/s |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Results.Step step : results.closedLoop()) {
            double raw = results.baselineTps().getOrDefault(step.clients(), Double.NaN);
            md.append(format("| %d | %.0f | %.0f | %.1f%% | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %d | %.1f s | %.0f |\n",
                    step.clients(), raw, step.commandsPerSecond(), 100 * step.commandsPerSecond() / raw, step.commandP50Ms(),
                    step.commandP99Ms(), step.commandP999Ms(), step.queryP99Ms(), step.commandsFailed(), step.catchUpSeconds(),
                    step.sustainedRequestsPerSecond()));
        }
        Results.Steady steady = results.steady();
        md.append(format("%nSteady run at %.0f%% of the best sustained rate (%.0f requests/s for %.0f s, open model, latency from the "
                        + "intended send time): command p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms; query p99 %.1f ms; "
                        + "projection lag (acknowledged to visible in balances, %d probes) p50 %.0f ms, p99 %.0f ms, max %.0f ms; "
                        + "failed commands %d.%n",
                100 * steady.loadFraction(), steady.targetPerSecond(), steady.seconds(), steady.commandP50Ms(),
                steady.commandP99Ms(), steady.commandP999Ms(), steady.queryP99Ms(), steady.lagSamples(), steady.lagP50Ms(),
                steady.lagP99Ms(), steady.lagMaxMs(), steady.commandsFailed()));
        Results.Memory memory = results.memory();
        md.append(format("%nMemory over the steady run: heap in use at most %.0f MiB, live heap after GC %.0f MiB in the "
                        + "first third and %.0f MiB in the last, resident set %.0f MiB at the end.%n",
                memory.heapUsedMaxMiB(), memory.liveHeapFirstThirdMiB(), memory.liveHeapLastThirdMiB(), memory.residentEndMiB()));
        md.append(format("%nRebuild of every projection from %d events: %.1f s, %.0f events/s. Queries at %d events: "
                        + "balances p50 %.1f ms, p99 %.1f ms; as-of balances p50 %.1f ms, p99 %.1f ms.%n",
                results.rebuild().events(), results.rebuild().seconds(), results.rebuild().eventsPerSecond(),
                results.queries().storedEvents(), results.queries().balanceP50Ms(), results.queries().balanceP99Ms(),
                results.queries().asOfP50Ms(), results.queries().asOfP99Ms()));
        md.append("\n| target | measured | holds |\n|---|---|---|\n");
        for (Targets.Check check : results.targets()) {
            md.append("| ").append(check.target()).append(" | ").append(check.measured()).append(" | ")
                    .append(check.holds() ? "yes" : "**no**").append(" |\n");
        }
        return md.toString();
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
