package org.allianceledger.bench;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The run as one picture: left, raw PostgreSQL inserts/s against ledger commands/s per client count; right,
 * the live heap and the projection lag over the steady run. Drawn with the JDK's own 2D graphics, headless.
 */
final class Chart {

    private static final int WIDTH = 1200, HEIGHT = 500, MARGIN = 60;
    private static final Color RAW = new Color(0x9e9e9e), LEDGER = new Color(0x1565c0), LAG = new Color(0xc62828);

    private Chart() {
    }

    static void draw(Results results, Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        throughput(g, results, MARGIN, WIDTH / 2 - MARGIN);
        memory(g, results.memory().samples(), WIDTH / 2 + MARGIN / 2, WIDTH - MARGIN);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static void throughput(Graphics2D g, Results results, int left, int right) {
        List<Results.Step> steps = results.closedLoop();
        double max = 1;
        for (Results.Step step : steps) {
            max = Math.max(max, Math.max(step.commandsPerSecond(), results.baselineTps().getOrDefault(step.clients(), 0.0)));
        }
        int top = MARGIN, bottom = HEIGHT - MARGIN;
        axes(g, left, right, top, bottom, "per second (grey: raw PostgreSQL inserts, blue: ledger commands)", max);
        int group = (right - left) / Math.max(1, steps.size());
        for (int i = 0; i < steps.size(); i++) {
            Results.Step step = steps.get(i);
            int x = left + i * group + group / 6;
            int width = group / 3;
            bar(g, x, width, bottom, top, results.baselineTps().getOrDefault(step.clients(), 0.0) / max, RAW);
            bar(g, x + width, width, bottom, top, step.commandsPerSecond() / max, LEDGER);
            g.setColor(Color.BLACK);
            g.drawString(step.clients() + (step.clients() == 1 ? " client" : " clients"), x, bottom + 18);
        }
    }

    private static void memory(Graphics2D g, List<MemorySampler.Sample> samples, int left, int right) {
        int top = MARGIN, bottom = HEIGHT - MARGIN;
        double maxHeap = Math.max(1, samples.stream().mapToDouble(s -> s.heapUsedBytes() / 1048576.0).max().orElse(1));
        double maxLag = Math.max(0.001, samples.stream().mapToDouble(MemorySampler.Sample::projectionLagSeconds).max().orElse(0));
        double seconds = Math.max(1, samples.stream().mapToDouble(MemorySampler.Sample::secondsIntoRun).max().orElse(1));
        axes(g, left, right, top, bottom, "steady run: heap in use / live after GC (MiB, blue), lag (s, red)", maxHeap);
        line(g, samples.stream().map(s -> new double[] {s.secondsIntoRun() / seconds, s.heapUsedBytes() / 1048576.0 / maxHeap}).toList(),
                left, right, top, bottom, new Color(0x90caf9));
        line(g, samples.stream().map(s -> new double[] {s.secondsIntoRun() / seconds, s.liveHeapBytes() / 1048576.0 / maxHeap}).toList(),
                left, right, top, bottom, LEDGER);
        line(g, samples.stream().map(s -> new double[] {s.secondsIntoRun() / seconds, s.projectionLagSeconds() / maxLag}).toList(),
                left, right, top, bottom, LAG);
        g.setColor(LAG);
        g.drawString(String.format(Locale.ROOT, "lag max %.2f s", maxLag), right - 110, top - 5);
        g.setColor(Color.BLACK);
        g.drawString(String.format(Locale.ROOT, "%.0f s", seconds), right - 30, bottom + 18);
    }

    private static void axes(Graphics2D g, int left, int right, int top, int bottom, String title, double max) {
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1));
        g.drawLine(left, bottom, right, bottom);
        g.drawLine(left, top, left, bottom);
        g.drawString(title, left, top - 25);
        g.drawString(String.format(Locale.ROOT, "%.0f", max), left - 45, top + 5);
        g.drawString("0", left - 15, bottom);
    }

    private static void bar(Graphics2D g, int x, int width, int bottom, int top, double fraction, Color color) {
        int height = (int) Math.round(fraction * (bottom - top));
        g.setColor(color);
        g.fillRect(x, bottom - height, width - 4, height);
    }

    private static void line(Graphics2D g, List<double[]> points, int left, int right, int top, int bottom, Color color) {
        g.setColor(color);
        g.setStroke(new BasicStroke(2));
        for (int i = 1; i < points.size(); i++) {
            double[] a = points.get(i - 1), b = points.get(i);
            g.drawLine(left + (int) (a[0] * (right - left)), bottom - (int) (a[1] * (bottom - top)),
                    left + (int) (b[0] * (right - left)), bottom - (int) (b[1] * (bottom - top)));
        }
    }
}
