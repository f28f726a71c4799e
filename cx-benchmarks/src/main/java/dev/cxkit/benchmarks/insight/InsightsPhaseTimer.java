package dev.cxkit.benchmarks.insight;

import dev.cxkit.model.map.JourneyMap;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The phases of {@code ./cx insights} on the {@link InsightsCsvFixture} files, each with wall and
 * thread CPU time (for a shared machine): read the CSV, assemble, align, estimate the effects, rank
 * hotspots, build the plan ({@link InsightsPipeline}, as {@link InsightsFromCsvBenchmark} runs it).
 * Usage: {@code java -Xmx4g -cp benchmarks.jar dev.cxkit.benchmarks.insight.InsightsPhaseTimer DIR
 * [repeats]}.
 */
public final class InsightsPhaseTimer {
  private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
  private static long wall;
  private static long cpu;

  private InsightsPhaseTimer() {}

  /** Runs the phases. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    JourneyMap map = InsightsPipeline.map(dir);
    for (int r = 0; r < repeats; r++) {
      long w0 = System.nanoTime();
      long c0 = MX.getCurrentThreadCpuTime();
      start();
      InsightsPipeline.Result res = InsightsPipeline.run(dir, map, InsightsPhaseTimer::lap);
      System.out.printf(
          Locale.ROOT,
          "total wall %.1f s, cpu %.1f s (%s)%n",
          (System.nanoTime() - w0) / 1e9,
          (MX.getCurrentThreadCpuTime() - c0) / 1e9,
          res);
    }
  }

  private static void start() {
    wall = System.nanoTime();
    cpu = MX.getCurrentThreadCpuTime();
  }

  private static void lap(String what) {
    long w = System.nanoTime();
    long c = MX.getCurrentThreadCpuTime();
    System.out.printf(
        Locale.ROOT,
        "  %-22s wall %8.0f ms  cpu %8.0f ms%n",
        what,
        (w - wall) / 1e6,
        (c - cpu) / 1e6);
    wall = w;
    cpu = c;
  }
}
