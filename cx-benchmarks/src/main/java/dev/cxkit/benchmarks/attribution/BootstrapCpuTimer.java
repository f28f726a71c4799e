package dev.cxkit.benchmarks.attribution;

import dev.cxkit.journey.attribution.CreditBootstrap;
import dev.cxkit.journey.attribution.MarkovAttribution;
import dev.cxkit.journey.attribution.PathTableReader;
import dev.cxkit.journey.paths.PathTable;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Companion to {@link CreditBootstrapBenchmark} for a shared, overloaded machine: bootstrap
 * intervals (1,000 replicates) on Markov attribution of the generated 1,000,000-row table, printing
 * wall-clock and process CPU time (all threads) per run. Usage: {@code java -cp benchmarks.jar
 * dev.cxkit.benchmarks.attribution.BootstrapCpuTimer [runs] [rows] [order]} (default 3 runs, the
 * first a warm-up, 1,000,000 rows, order 1).
 */
public final class BootstrapCpuTimer {
  private BootstrapCpuTimer() {}

  /** Runs the measurement. */
  public static void main(String[] args) throws IOException {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    long rows = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000L;
    int order = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    Path file = Files.createTempFile("cx-bootstrap-", ".csv");
    PathTable table;
    try {
      PathTableGenerator.generate(PathTableGenerator.sourceTable(), rows, 20_261_122L, file);
      table = PathTableReader.channelAttribution().read(file);
    } finally {
      Files.deleteIfExists(file);
    }
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    System.out.printf(
        Locale.ROOT,
        "%,d rows: %s, order %d, load average %.1f%n",
        rows,
        table,
        order,
        os.getSystemLoadAverage());
    CreditBootstrap bootstrap =
        CreditBootstrap.builder(MarkovAttribution.builder().order(order).build())
            .replicates(1000)
            .seed(42)
            .build();
    for (int r = 0; r < runs; r++) {
      long c0 = os.getProcessCpuTime();
      long w0 = System.nanoTime();
      bootstrap.run(table);
      long w1 = System.nanoTime();
      long c1 = os.getProcessCpuTime();
      System.out.printf(
          Locale.ROOT,
          "run %d%s: wall %.2f s, process CPU %.2f s, load average %.1f%n",
          r + 1,
          r == 0 ? " (warm-up)" : "",
          (w1 - w0) / 1e9,
          (c1 - c0) / 1e9,
          os.getSystemLoadAverage());
    }
  }
}
