package dev.cxkit.benchmarks.clv;

import dev.cxkit.metrics.clv.BgNbd;
import dev.cxkit.metrics.clv.BtydFit;
import dev.cxkit.metrics.clv.CalibrationSplit;
import dev.cxkit.metrics.clv.CustomerSummaries;
import dev.cxkit.metrics.clv.ParetoNbd;
import dev.cxkit.metrics.clv.TransactionFormat;
import dev.cxkit.model.csv.RejectPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Companion of {@link BtydFitBenchmark} for a shared, overloaded machine: reports the median wall
 * time and the median process CPU time (all threads, 10 ms resolution) of each fit, plus the
 * log-likelihood and the convergence report. Run with {@code java -cp benchmarks.jar
 * dev.cxkit.benchmarks.clv.BtydCpuTimeProbe}.
 *
 * <pre>{@code
 * BtydCpuTimeProbe.main(new String[0]);
 * }</pre>
 */
public final class BtydCpuTimeProbe {
  private BtydCpuTimeProbe() {}

  private static long cpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
  }

  private static void time(String name, int reps, Supplier<BtydFit<?>> fit) {
    double[] wall = new double[reps];
    double[] cpu = new double[reps];
    BtydFit<?> f = null;
    for (int i = 0; i < reps; i++) {
      long c0 = cpuNanos();
      long t0 = System.nanoTime();
      f = fit.get();
      wall[i] = (System.nanoTime() - t0) / 1e6;
      cpu[i] = (cpuNanos() - c0) / 1e6;
    }
    Arrays.sort(wall);
    Arrays.sort(cpu);
    System.out.printf(
        Locale.ROOT,
        "%-28s median wall %9.1f ms  median cpu %9.1f ms  LL %.4f  %s%n",
        name,
        wall[reps / 2],
        cpu[reps / 2],
        Objects.requireNonNull(f).logLikelihood(),
        f.convergence());
  }

  /** Runs the probe; no arguments. */
  public static void main(String[] args) throws IOException {
    CustomerSummaries cdnow;
    try (InputStream in =
        Objects.requireNonNull(
            BtydCpuTimeProbe.class.getResourceAsStream("cdnow/CDNOW_sample.txt"))) {
      cdnow =
          CalibrationSplit.weeks(LocalDate.of(1997, 9, 30), LocalDate.of(1998, 6, 30))
              .summarise(
                  TransactionFormat.cdnowSample()
                      .read(in, "CDNOW_sample.txt", RejectPolicy.failFast())
                      .transactions()
                      .orElseThrow());
    }
    CustomerSummaries bg = BtydSimulator.bgNbd(1_000_000, 42, 0.243, 4.414, 0.793, 2.426, false);
    CustomerSummaries days = BtydSimulator.bgNbd(1_000_000, 42, 0.243, 4.414, 0.793, 2.426, true);
    CustomerSummaries merged = days.aggregated();
    System.out.println("day-resolution rows after merging: " + merged.size());
    CustomerSummaries pareto =
        BtydSimulator.paretoNbd(1_000_000, 7, 0.553, 10.578, 0.606, 11.669, false);
    for (int i = 0; i < 200; i++) {
      BgNbd.fit(cdnow);
      ParetoNbd.fit(cdnow);
    }
    time("bgNbdCdnow", 41, () -> BgNbd.fit(cdnow));
    time("paretoNbdCdnow", 21, () -> ParetoNbd.fit(cdnow));
    time("bgNbdMillionContinuous", 5, () -> BgNbd.fit(bg));
    time("bgNbdMillionDaysMerged", 9, () -> BgNbd.fit(merged));
    time("bgNbdMillionDaysMergeAndFit", 5, () -> BgNbd.fit(days.aggregated()));
    time("paretoNbdMillionContinuous", 3, () -> ParetoNbd.fit(pareto));
  }
}
