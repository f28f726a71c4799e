package dev.cxkit.benchmarks.retention;

import dev.cxkit.metrics.retention.CoxFit;
import dev.cxkit.metrics.retention.CoxRegression;
import dev.cxkit.metrics.retention.SurvivalData;
import java.util.SplittableRandom;
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
 * Cox regression with 1,000,000 customers and 10 covariates (issue 18 target: under 5 s): five
 * binary and five standard-normal covariates, exponential lifetimes with hazard {@code exp(β'z) /
 * 400} days, censored at a uniform end of up to three years, times in whole days (about a thousand
 * distinct times, so Efron's tie correction does real work).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
public class CoxBenchmark {

  /** The data, simulated once per trial. */
  @State(Scope.Benchmark)
  public static class Data {
    SurvivalData data;

    /** Simulates 1,000,000 seeded customers. */
    @Setup(Level.Trial)
    public void setUp() {
      data = simulate(1_000_000, 10, 42);
    }
  }

  /** Seeded lifetimes with {@code p} covariates. */
  public static SurvivalData simulate(int n, int p, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    String[] names = new String[p];
    double[] beta = new double[p];
    for (int k = 0; k < p; k++) {
      names[k] = "z" + k;
      beta[k] = (k % 2 == 0 ? 0.3 : -0.2) / (1 + k / 2);
    }
    SurvivalData.Builder b = SurvivalData.builder(names);
    double[] z = new double[p];
    for (int i = 0; i < n; i++) {
      double eta = 0;
      for (int k = 0; k < p; k++) {
        z[k] = k < p / 2 ? (rnd.nextDouble() < 0.4 ? 1 : 0) : gaussian(rnd);
        eta += beta[k] * z[k];
      }
      double life = -400.0 * Math.exp(-eta) * Math.log(1.0 - rnd.nextDouble());
      double end = rnd.nextDouble() * 3 * 365;
      double t = Math.floor(Math.min(life, end)) + 1;
      b.add(t, life <= end, z);
    }
    return b.build();
  }

  private static double gaussian(SplittableRandom rnd) {
    double u = 1.0 - rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd.nextDouble());
  }

  /** Efron ties, model-based variance. */
  @Benchmark
  public CoxFit efron(Data d) {
    return CoxRegression.efron().fit(d.data);
  }

  /** Breslow ties, model-based variance. */
  @Benchmark
  public CoxFit breslow(Data d) {
    return CoxRegression.breslow().fit(d.data);
  }

  /** Efron ties with the robust (sandwich) variance. */
  @Benchmark
  public CoxFit efronRobust(Data d) {
    return CoxRegression.efron().withRobustVariance().fit(d.data);
  }
}
