package dev.cxkit.benchmarks.clv;

import dev.cxkit.metrics.clv.BgNbd;
import dev.cxkit.metrics.clv.BootstrapReplicates;
import dev.cxkit.metrics.clv.BtydFit;
import dev.cxkit.metrics.clv.ClvSpecification;
import dev.cxkit.metrics.clv.CustomerSummaries;
import dev.cxkit.metrics.clv.PredictionBootstrap;
import dev.cxkit.metrics.clv.PredictionIntervals;
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
 * 1,000 bootstrap replicates of a BG/NBD fit at 100,000 customers (issue 18 target: under 10 s):
 * simulated at CDNOW's parameters with day-resolution times, identical (x, t_x, T) rows merged into
 * weighted rows. {@code nonParametricReplicates}: resample 100,000 customers and refit, 1,000
 * times; {@code parametricReplicates}: draws only; {@code totals}: the replicates' totals with
 * process simulation of every customer (100,000 × 1,000 simulated futures) over 39 weeks.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
public class BootstrapBenchmark {

  /** The base, its fit and a set of replicates, built once per trial. */
  @State(Scope.Benchmark)
  public static class Data {
    CustomerSummaries merged;
    BtydFit<BgNbd> fit;
    BootstrapReplicates replicates;

    /** Simulates (seeded) and fits. */
    @Setup(Level.Trial)
    public void setUp() {
      merged = BtydSimulator.bgNbd(100_000, 42, 0.243, 4.414, 0.793, 2.426, true).aggregated();
      fit = BgNbd.fit(merged);
      fit.model();
      replicates = PredictionBootstrap.parametric(1000, 7).replicate(fit, merged);
    }
  }

  /** 1,000 non-parametric replicates: resample 100,000 customers and refit each time. */
  @Benchmark
  public BootstrapReplicates nonParametricReplicates(Data d) {
    return PredictionBootstrap.nonParametric(1000, 42).replicate(d.fit, d.merged);
  }

  /** 1,000 parametric replicates (no refits). */
  @Benchmark
  public BootstrapReplicates parametricReplicates(Data d) {
    return PredictionBootstrap.parametric(1000, 42).replicate(d.fit, d.merged);
  }

  /** Totals of 1,000 replicates over 39 weeks, with every customer's future simulated. */
  @Benchmark
  public PredictionIntervals totals(Data d) {
    return d.replicates.predict(
        d.merged, ClvSpecification.builder().periods(1).periodLength(39).build(), 0.9);
  }
}
