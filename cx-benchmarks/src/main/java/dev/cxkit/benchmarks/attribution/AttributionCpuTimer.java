package dev.cxkit.benchmarks.attribution;

import dev.cxkit.journey.attribution.MarkovAttribution;
import dev.cxkit.journey.attribution.MarkovResult;
import dev.cxkit.journey.attribution.PathTableReader;
import dev.cxkit.journey.markov.StateConstruction;
import dev.cxkit.journey.paths.PathTable;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Companion to {@link SharedTableBenchmark} for a shared, overloaded machine: reads a path table
 * and solves exact Markov attribution, orders 1 to 4, end to end, and prints per operation the
 * median and best wall-clock time and the mean process CPU time (all threads, including JIT and
 * GC), so that time lost to other processes is visible. Usage: {@code java -cp benchmarks.jar
 * dev.cxkit.benchmarks.attribution.AttributionCpuTimer [repeats] [file] [maxOrder] [states]}
 * (default: 200 repeats of the shared 10,000-row table, {@code windows} states; the first half of
 * the repeats is warm-up; {@code prefixes} gives the states of the builds before issue 13).
 */
public final class AttributionCpuTimer {
  private AttributionCpuTimer() {}

  /** Runs the measurement. */
  public static void main(String[] args) throws IOException {
    int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    Path file = args.length > 1 ? Path.of(args[1]) : PathTableGenerator.sourceTable();
    int maxOrder = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    StateConstruction states =
        args.length > 3
            ? StateConstruction.valueOf(args[3].toUpperCase(Locale.ROOT))
            : StateConstruction.WINDOWS;
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    System.out.printf(
        Locale.ROOT,
        "%s, %s states, %d repeats (first half warm-up), load average %.1f%n",
        file.getFileName(),
        states,
        repeats,
        os.getSystemLoadAverage());
    for (int order = 1; order <= maxOrder; order++) {
      MarkovAttribution model = MarkovAttribution.builder().order(order).states(states).build();
      int measured = repeats - repeats / 2;
      long[] wall = new long[measured];
      long cpu = 0;
      long readCpu = 0;
      MarkovResult result = null;
      for (int i = 0; i < repeats; i++) {
        long c0 = os.getProcessCpuTime();
        long w0 = System.nanoTime();
        PathTable table = PathTableReader.channelAttribution().read(file);
        long c1 = os.getProcessCpuTime();
        result = model.analyze(table);
        long w1 = System.nanoTime();
        long c2 = os.getProcessCpuTime();
        if (i >= repeats / 2) {
          wall[i - repeats / 2] = w1 - w0;
          cpu += c2 - c0;
          readCpu += c1 - c0;
        }
      }
      Arrays.sort(wall);
      System.out.printf(
          Locale.ROOT,
          "order %d: %,d states, residual %.1e | wall median %.2f ms, best %.2f ms | process CPU"
              + " %.2f ms/op (read %.2f, chain + solves %.2f)%n",
          order,
          result.states(),
          result.residual(),
          wall[measured / 2] / 1e6,
          wall[0] / 1e6,
          cpu / 1e6 / measured,
          readCpu / 1e6 / measured,
          (cpu - readCpu) / 1e6 / measured);
    }
  }
}
