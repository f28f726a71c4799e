package dev.cxkit.benchmarks.clv;

import dev.cxkit.benchmarks.retention.CoxBenchmark;
import dev.cxkit.metrics.clv.BgNbd;
import dev.cxkit.metrics.clv.BootstrapReplicates;
import dev.cxkit.metrics.clv.BtydFit;
import dev.cxkit.metrics.clv.ClvSpecification;
import dev.cxkit.metrics.clv.CustomerSummaries;
import dev.cxkit.metrics.clv.PredictionBootstrap;
import dev.cxkit.metrics.retention.CoxRegression;
import dev.cxkit.metrics.retention.SurvivalData;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Companion of {@link BootstrapBenchmark} and {@link CoxBenchmark} for a shared machine: wall and
 * process CPU time (all threads) of each issue-18 target, after one warm-up run. Run with {@code
 * java -Xmx4g -cp benchmarks.jar dev.cxkit.benchmarks.clv.Issue18CpuTimer}.
 *
 * <pre>{@code
 * Issue18CpuTimer.main(new String[0]);
 * }</pre>
 */
public final class Issue18CpuTimer {
  private Issue18CpuTimer() {}

  private static long cpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
  }

  private static void time(String name, Supplier<Object> task) {
    task.get();
    long c0 = cpuNanos();
    long t0 = System.nanoTime();
    Object result = task.get();
    double wall = (System.nanoTime() - t0) / 1e6;
    double cpu = (cpuNanos() - c0) / 1e6;
    String text = String.valueOf(result);
    System.out.printf(
        Locale.ROOT,
        "%-34s wall %9.1f ms  cpu %9.1f ms  %s%n",
        name,
        wall,
        cpu,
        text.length() > 150 ? text.substring(0, 150) : text);
  }

  /** Runs the timings; no arguments. */
  public static void main(String[] args) {
    CustomerSummaries merged =
        BtydSimulator.bgNbd(100_000, 42, 0.243, 4.414, 0.793, 2.426, true).aggregated();
    System.out.println("100,000 customers in " + merged.size() + " merged rows");
    BtydFit<BgNbd> fit = BgNbd.fit(merged);
    fit.model();
    time(
        "bootstrap 1000 nonparametric",
        () -> PredictionBootstrap.nonParametric(1000, 42).replicate(fit, merged));
    BootstrapReplicates reps = PredictionBootstrap.parametric(1000, 7).replicate(fit, merged);
    time(
        "bootstrap 1000 parametric",
        () -> PredictionBootstrap.parametric(1000, 42).replicate(fit, merged));
    time(
        "totals of 1000 replicates (39 wk)",
        () ->
            reps.predict(
                merged, ClvSpecification.builder().periods(1).periodLength(39).build(), 0.9));
    SurvivalData cox = CoxBenchmark.simulate(1_000_000, 10, 42);
    time("cox efron 1M x 10", () -> CoxRegression.efron().fit(cox).iterations());
    time("cox breslow 1M x 10", () -> CoxRegression.breslow().fit(cox).iterations());
    time(
        "cox efron robust 1M x 10",
        () -> CoxRegression.efron().withRobustVariance().fit(cox).iterations());
  }
}
