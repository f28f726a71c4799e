package dev.cxkit.cli;

import dev.cxkit.metrics.clv.BootstrapMethod;
import dev.cxkit.metrics.clv.BootstrapReplicates;
import dev.cxkit.metrics.clv.BtydFit;
import dev.cxkit.metrics.clv.ClvSpecification;
import dev.cxkit.metrics.clv.CustomerSummaries;
import dev.cxkit.metrics.clv.GammaGamma;
import dev.cxkit.metrics.clv.PredictionBootstrap;
import dev.cxkit.metrics.clv.PredictionIntervals;
import dev.cxkit.metrics.clv.TransactionModel;
import dev.cxkit.metrics.stats.Interval;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The {@code --interval} options of {@code cx clv predict}: bootstrap prediction intervals per
 * customer (parameter uncertainty) and for the whole base (expectation, and realised total with
 * parameter and process uncertainty).
 */
final class IntervalOptions {
  @Option(
      names = "--interval",
      description =
          "Add bootstrap prediction intervals at this level, e.g. 0.9 (per customer: parameter"
              + " uncertainty; TOTAL rows: the expectation, and the realised total with parameter"
              + " and process uncertainty).")
  @Nullable Double level;

  @Option(
      names = "--bootstrap",
      defaultValue = "parametric",
      description =
          "parametric (normal approximation, fast) or nonparametric (resample customers and refit) (default: ${DEFAULT-VALUE}).")
  String method;

  @Option(
      names = "--replicates",
      defaultValue = "500",
      description = "Bootstrap replicates (default: ${DEFAULT-VALUE}).")
  int replicates;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description =
          "Seed of the bootstrap (default: ${DEFAULT-VALUE}); the same seed gives the same intervals.")
  long seed;

  boolean requested() {
    return level != null;
  }

  private BootstrapMethod bootstrapMethod() {
    switch (method.toLowerCase(Locale.ROOT).replace("-", "")) {
      case "parametric":
        return BootstrapMethod.PARAMETRIC;
      case "nonparametric":
        return BootstrapMethod.NONPARAMETRIC;
      default:
        throw new BadInputException(
            "--bootstrap must be parametric or nonparametric, was '" + method + "'");
    }
  }

  /** Prints the top customers with intervals and the TOTAL rows. */
  <M extends TransactionModel> int print(
      BtydFit<M> fit,
      @Nullable BtydFit<GammaGamma> spend,
      CustomerSummaries cbs,
      double horizon,
      int top,
      PrintWriter out,
      OutputFormat format) {
    double l = level == null ? 0.9 : level;
    if (!(l > 0 && l < 1)) {
      throw new BadInputException("--interval must be in (0, 1), e.g. 0.9, was " + l);
    }
    if (replicates < 10) {
      throw new BadInputException("--replicates must be >= 10, was " + replicates);
    }
    PredictionBootstrap boot = PredictionBootstrap.of(bootstrapMethod(), replicates, seed);
    BootstrapReplicates reps =
        spend == null ? boot.replicate(fit, cbs) : boot.replicate(fit, spend, cbs);
    // value = expected spend × expected purchases over the horizon, as without --interval
    ClvSpecification spec = ClvSpecification.builder().periods(1).periodLength(horizon).build();
    PredictionIntervals pi = reps.predict(cbs, spec, l);
    String how =
        String.format(
            Locale.ROOT,
            "%.0f%% %s bootstrap, %d replicates, seed %d",
            l * 100,
            pi.bootstrapMethod().name().toLowerCase(Locale.ROOT),
            pi.replicates(),
            seed);
    Table t =
        new Table(
            "customer",
            "x",
            "p_alive",
            "p_alive_lower",
            "p_alive_upper",
            "expected_purchases",
            "purchases_lower",
            "purchases_upper",
            "expected_value",
            "value_lower",
            "value_upper",
            "uncertainty");
    List<PredictionIntervals.Customer> rows =
        pi.top(top <= 0 ? cbs.size() : Math.min(top, cbs.size()));
    for (PredictionIntervals.Customer c : rows) {
      Optional<Interval> v = c.lifetimeValue();
      t.row(
          c.estimate().customer(),
          c.estimate().frequency(),
          c.estimate().probabilityAlive(),
          c.probabilityAlive().lower(),
          c.probabilityAlive().upper(),
          c.estimate().expectedPurchases(),
          c.expectedPurchases().lower(),
          c.expectedPurchases().upper(),
          c.lifetimeValueEstimate().isPresent() ? c.lifetimeValueEstimate().getAsDouble() : null,
          v.isPresent() ? v.get().lower() : null,
          v.isPresent() ? v.get().upper() : null,
          "parameter");
    }
    PredictionIntervals.Total tx = pi.transactions();
    Optional<PredictionIntervals.Total> value = pi.lifetimeValue();
    t.row(
        "TOTAL (expectation)",
        null,
        null,
        null,
        null,
        tx.estimate(),
        tx.parameterInterval().lower(),
        tx.parameterInterval().upper(),
        value.isPresent() ? value.get().estimate() : null,
        value.isPresent() ? value.get().parameterInterval().lower() : null,
        value.isPresent() ? value.get().parameterInterval().upper() : null,
        "parameter");
    t.row(
        "TOTAL (realised)",
        null,
        null,
        null,
        null,
        tx.estimate(),
        tx.predictionInterval().lower(),
        tx.predictionInterval().upper(),
        value.isPresent() ? value.get().estimate() : null,
        value.isPresent() ? value.get().predictionInterval().lower() : null,
        value.isPresent() ? value.get().predictionInterval().upper() : null,
        "parameter+process");
    t.print(out, format);
    if (format == OutputFormat.table) {
      out.println(
          "intervals: "
              + how
              + (pi.failedReplicates() > 0
                  ? ", " + pi.failedReplicates() + " replicates dropped"
                  : ""));
      out.flush();
    }
    return 0;
  }
}
