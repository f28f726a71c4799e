package dev.cxkit.benchmarks.retention;

import dev.cxkit.metrics.retention.KaplanMeier;
import dev.cxkit.metrics.retention.KaplanMeierCurve;
import dev.cxkit.metrics.retention.LifetimeCounts;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Kaplan–Meier on simulated customer lifetimes: exponential churn times (mean 400 days), censored
 * at a uniform observation end of up to 3 years. {@code days = true} rounds times to whole days
 * (many ties, about a thousand distinct times); {@code false} keeps continuous times (one distinct
 * time per customer).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class KaplanMeierBenchmark {

  @Param({"1000000"})
  int customers;

  @Param({"true", "false"})
  boolean days;

  double[] times;
  boolean[] churned;
  LifetimeCounts counts;

  @Setup
  public void setUp() {
    SplittableRandom rnd = new SplittableRandom(42);
    times = new double[customers];
    churned = new boolean[customers];
    for (int i = 0; i < customers; i++) {
      double life = -400.0 * Math.log(1.0 - rnd.nextDouble());
      double end = rnd.nextDouble() * 3 * 365;
      double t = Math.min(life, end);
      times[i] = days ? Math.floor(t) : t;
      churned[i] = life <= end;
    }
    counts = count();
  }

  private LifetimeCounts count() {
    LifetimeCounts.Accumulator acc = new LifetimeCounts.Accumulator();
    for (int i = 0; i < customers; i++) {
      acc.add(times[i], churned[i]);
    }
    return acc.snapshot();
  }

  /** Counting (accumulate, sort, tally) plus fitting. */
  @Benchmark
  public KaplanMeierCurve countAndFit() {
    return KaplanMeier.fit(count());
  }

  /** Fitting from pre-tallied risk-set counts. */
  @Benchmark
  public KaplanMeierCurve fitFromCounts() {
    return KaplanMeier.fit(counts);
  }
}
