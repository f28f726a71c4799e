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
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Maximum-likelihood fits of BG/NBD and Pareto/NBD (including standard errors): CDNOW (2,357
 * customers, built from the raw sample) and 1,000,000 simulated customers with continuous times or
 * day-resolution times merged into weighted rows. Each fit throws if it did not converge.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
public class BtydFitBenchmark {

  /** The data sets, built once per trial. */
  @State(Scope.Benchmark)
  public static class Data {
    CustomerSummaries cdnow;
    CustomerSummaries bgMillion;
    CustomerSummaries bgMillionDays;
    CustomerSummaries bgMillionDaysMerged;
    CustomerSummaries paretoMillion;

    /** Reads CDNOW and simulates the large sets (seeded). */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
      try (InputStream in =
          Objects.requireNonNull(
              BtydFitBenchmark.class.getResourceAsStream("cdnow/CDNOW_sample.txt"))) {
        cdnow =
            CalibrationSplit.weeks(LocalDate.of(1997, 9, 30), LocalDate.of(1998, 6, 30))
                .summarise(
                    TransactionFormat.cdnowSample()
                        .read(in, "CDNOW_sample.txt", RejectPolicy.failFast())
                        .transactions()
                        .orElseThrow());
      }
      bgMillion = BtydSimulator.bgNbd(1_000_000, 42, 0.243, 4.414, 0.793, 2.426, false);
      bgMillionDays = BtydSimulator.bgNbd(1_000_000, 42, 0.243, 4.414, 0.793, 2.426, true);
      bgMillionDaysMerged = bgMillionDays.aggregated();
      paretoMillion = BtydSimulator.paretoNbd(1_000_000, 7, 0.553, 10.578, 0.606, 11.669, false);
    }
  }

  private static <M> BtydFit<M> converged(BtydFit<M> fit) {
    fit.model();
    return fit;
  }

  /** BG/NBD on CDNOW. */
  @Benchmark
  public BtydFit<BgNbd> bgNbdCdnow(Data d) {
    return converged(BgNbd.fit(d.cdnow));
  }

  /** Pareto/NBD on CDNOW. */
  @Benchmark
  public BtydFit<ParetoNbd> paretoNbdCdnow(Data d) {
    return converged(ParetoNbd.fit(d.cdnow));
  }

  /** BG/NBD on 1,000,000 customers, continuous times. */
  @Benchmark
  public BtydFit<BgNbd> bgNbdMillionContinuous(Data d) {
    return converged(BgNbd.fit(d.bgMillion));
  }

  /** BG/NBD on 1,000,000 customers, day resolution, identical rows merged beforehand. */
  @Benchmark
  public BtydFit<BgNbd> bgNbdMillionDaysMerged(Data d) {
    return converged(BgNbd.fit(d.bgMillionDaysMerged));
  }

  /** Merging 1,000,000 day-resolution rows into weighted rows plus the BG/NBD fit. */
  @Benchmark
  public BtydFit<BgNbd> bgNbdMillionDaysMergeAndFit(Data d) {
    return converged(BgNbd.fit(d.bgMillionDays.aggregated()));
  }

  /** Pareto/NBD on 1,000,000 customers, continuous times. */
  @Benchmark
  public BtydFit<ParetoNbd> paretoNbdMillionContinuous(Data d) {
    return converged(ParetoNbd.fit(d.paretoMillion));
  }
}
