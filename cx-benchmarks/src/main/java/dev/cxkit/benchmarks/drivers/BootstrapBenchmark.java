package dev.cxkit.benchmarks.drivers;

import dev.cxkit.metrics.drivers.KeyDriverAnalysis;
import dev.cxkit.metrics.drivers.KeyDriverResult;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Key-driver analysis with 100 seeded bootstrap replicates (10,000 respondents, 15 drivers), to
 * show the per-replicate cost of intervals.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BootstrapBenchmark {

  private final List<String> names = new ArrayList<>();
  private final double[][] columns = new double[15][10_000];
  private final double[] outcome = new double[10_000];
  private KeyDriverAnalysis bootstrap100;

  @Setup
  public void setUp() {
    SplittableRandom rnd = new SplittableRandom(2026);
    for (int j = 0; j < 15; j++) {
      names.add("touchpoint" + j);
    }
    for (int i = 0; i < outcome.length; i++) {
      double halo = rnd.nextGaussian();
      double y = 0;
      for (int j = 0; j < 15; j++) {
        double rating =
            Math.max(1, Math.min(10, Math.round(6 + 1.2 * halo + 1.5 * rnd.nextGaussian())));
        columns[j][i] = rating;
        y += (0.05 + 0.02 * j) * rating;
      }
      outcome[i] = y + rnd.nextGaussian();
    }
    bootstrap100 = KeyDriverAnalysis.defaults().withBootstrap(100, 7L);
  }

  /** One analysis plus 100 bootstrap replicates of Shapley/LMG and relative weights. */
  @Benchmark
  public KeyDriverResult bootstrap100Replicates() {
    return bootstrap100.analyze(names, columns, outcome);
  }
}
