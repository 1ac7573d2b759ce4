package org.allianceledger.api.command;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.allianceledger.core.rule.RuleViolation;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@code ledger_commands_seconds}: every command by type and outcome ({@code ok}, the broken rule's name,
 * {@code conflict}, {@code error}), with a latency histogram for percentiles.
 */
@Component
class CommandMetrics {

    private final MeterRegistry registry;

    CommandMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    <R> R timed(Object command, Supplier<R> handling) {
        long start = System.nanoTime();
        String outcome = "error";
        try {
            R result = handling.get();
            outcome = "ok";
            return result;
        } catch (RuleViolation violation) {
            outcome = violation.rule().slug();
            throw violation;
        } catch (ConcurrencyException | AggregateStreamCreationException conflict) {
            outcome = "conflict";
            throw conflict;
        } finally {
            Timer.builder("ledger.commands")
                    .description("Commands handled, by type and outcome")
                    .tag("command", command.getClass().getSimpleName())
                    .tag("outcome", outcome)
                    .publishPercentileHistogram()
                    .register(registry)
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }
}
