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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Exact Shapley/LMG key-driver analysis (with Johnson's weights and VIFs) of 10,000 respondents on
 * 15 (and, to show the exact limit, 20) correlated 1–10 driver ratings. Target for 15: under 1 s
 * per analysis.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ShapleyBenchmark {

  @Param({"15", "20"})
  int drivers;

  @Param({"10000"})
  int respondents;

  private List<String> names;
  private double[][] columns;
  private double[] outcome;
  private KeyDriverAnalysis pointEstimate;

  @Setup
  public void setUp() {
    SplittableRandom rnd = new SplittableRandom(2026);
    names = new ArrayList<>();
    columns = new double[drivers][respondents];
    outcome = new double[respondents];
    for (int j = 0; j < drivers; j++) {
      names.add("touchpoint" + j);
    }
    for (int i = 0; i < respondents; i++) {
      double halo = rnd.nextGaussian();
      double y = 0;
      for (int j = 0; j < drivers; j++) {
        double rating =
            Math.max(1, Math.min(10, Math.round(6 + 1.2 * halo + 1.5 * rnd.nextGaussian())));
        columns[j][i] = rating;
        y += (0.05 + 0.02 * j) * rating;
      }
      outcome[i] = y + rnd.nextGaussian();
    }
    pointEstimate = KeyDriverAnalysis.defaults().withBootstrap(0, 1);
  }

  /** One exact analysis: correlations, 2^15 subset R² values, Shapley, relative weights, VIF. */
  @Benchmark
  public KeyDriverResult exactShapley15Drivers() {
    return pointEstimate.analyze(names, columns, outcome);
  }
}
