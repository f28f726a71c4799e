package dev.cxkit.cli;

import dev.cxkit.metrics.clv.BootstrapMethod;
import dev.cxkit.metrics.clv.BootstrapReplicates;
import dev.cxkit.metrics.clv.BtydFit;
import dev.cxkit.metrics.clv.ClvSpecification;
import dev.cxkit.metrics.clv.CustomerScores;
import dev.cxkit.metrics.clv.CustomerSummaries;
import dev.cxkit.metrics.clv.GammaGamma;
import dev.cxkit.metrics.clv.PredictionBootstrap;
import dev.cxkit.metrics.clv.PredictionIntervals;
import dev.cxkit.metrics.clv.TransactionModel;
import dev.cxkit.metrics.stats.Interval;
import java.io.PrintWriter;
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

  /** Prints the top customers with their intervals, the totals and how they were made. */
  <M extends TransactionModel> int print(
      String modelName,
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
    Table t =
        new Table(
            ClvColumns.predictions(
                Column.proportion("p_alive_lower"),
                Column.proportion("p_alive_upper"),
                Column.amount("purchases_lower"),
                Column.amount("purchases_upper"),
                Column.money("value_lower").orNull(),
                Column.money("value_upper").orNull()));
    int[] rows =
        pi.estimates().topRowsByPurchases(top <= 0 ? cbs.size() : Math.min(top, cbs.size()));
    for (PredictionIntervals.Customer c : pi.customers(rows)) {
      Optional<Interval> v = c.lifetimeValue();
      CustomerScores.Row e = c.estimate();
      int i = c.row();
      t.row(
          e.customer(),
          e.frequency(),
          e.recency(),
          e.age(),
          e.probabilityAlive(),
          e.expectedPurchases(),
          cbs.hasHoldout() ? (Object) cbs.holdoutFrequency(i) : null,
          e.expectedSpend().isPresent() ? e.expectedSpend().getAsDouble() : null,
          e.lifetimeValue().isPresent() ? e.lifetimeValue().getAsDouble() : null,
          c.probabilityAlive().lower(),
          c.probabilityAlive().upper(),
          c.expectedPurchases().lower(),
          c.expectedPurchases().upper(),
          v.isPresent() ? v.get().lower() : null,
          v.isPresent() ? v.get().upper() : null);
    }
    Table totals =
        new Table(
            Column.text("total"),
            Column.text("uncertainty"),
            Column.amount("expected_purchases"),
            Column.amount("purchases_lower"),
            Column.amount("purchases_upper"),
            Column.money("expected_value").orNull(),
            Column.money("value_lower").orNull(),
            Column.money("value_upper").orNull());
    PredictionIntervals.Total tx = pi.transactions();
    Optional<PredictionIntervals.Total> value = pi.lifetimeValue();
    totals.row(
        "expectation",
        "parameter",
        tx.estimate(),
        tx.parameterInterval().lower(),
        tx.parameterInterval().upper(),
        value.isPresent() ? value.get().estimate() : null,
        value.isPresent() ? value.get().parameterInterval().lower() : null,
        value.isPresent() ? value.get().parameterInterval().upper() : null);
    totals.row(
        "realised",
        "parameter+process",
        tx.estimate(),
        tx.predictionInterval().lower(),
        tx.predictionInterval().upper(),
        value.isPresent() ? value.get().estimate() : null,
        value.isPresent() ? value.get().predictionInterval().lower() : null,
        value.isPresent() ? value.get().predictionInterval().upper() : null);
    Table how =
        new Table(
            Column.proportion("level"),
            Column.text("bootstrap"),
            Column.count("replicates"),
            Column.count("failed_replicates"),
            Column.count("seed"));
    how.row(
        l,
        pi.bootstrapMethod().name().toLowerCase(Locale.ROOT),
        pi.replicates(),
        pi.failedReplicates(),
        seed);
    new Result("clv predict")
        .field(Column.text("model"), modelName)
        .field(Column.amount("horizon_weeks"), horizon)
        .field(Column.count("customers"), cbs.size())
        .record("interval", how)
        .list("predictions", t)
        .list("totals", totals)
        .print(out, format);
    return 0;
  }
}
