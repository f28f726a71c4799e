package dev.cxkit.metrics.clv;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import java.util.List;
import java.util.function.Function;

/**
 * What the fits of BG/NBD, MBG/NBD and Pareto/NBD share: the parameter names, the likelihood of
 * weighted summaries and the model built from a parameter vector. {@link #fit} is the one fitting
 * path (start values, warm start on large inputs, BFGS, observed information); the bootstrap refits
 * through {@link #likelihood} and {@link #make} too.
 *
 * @param <M> the model type
 */
final class CountModelFamily<M extends TransactionModel> {
  static final CountModelFamily<BgNbd> BG_NBD =
      new CountModelFamily<>(
          "BG/NBD",
          BgNbd.NAMES,
          s -> new BgNbdLikelihood(s, false),
          p -> BgNbd.of(p[0], p[1], p[2], p[3]),
          (m, t, x, age) -> BgNbd.whileAlive(t, x, age, m.r(), m.alpha(), m.a(), m.b(), false),
          (m, x, tx, age) ->
              BgNbd.probabilityAlive(x, tx, age, m.r(), m.alpha(), m.a(), m.b(), false));
  static final CountModelFamily<MbgNbd> MBG_NBD =
      new CountModelFamily<>(
          "MBG/NBD",
          MbgNbd.NAMES,
          s -> new BgNbdLikelihood(s, true),
          p -> MbgNbd.of(p[0], p[1], p[2], p[3]),
          (m, t, x, age) -> BgNbd.whileAlive(t, x, age, m.r(), m.alpha(), m.a(), m.b(), true),
          (m, x, tx, age) ->
              BgNbd.probabilityAlive(x, tx, age, m.r(), m.alpha(), m.a(), m.b(), true));
  static final CountModelFamily<ParetoNbd> PARETO_NBD =
      new CountModelFamily<>(
          "Pareto/NBD",
          ParetoNbd.NAMES,
          ParetoNbdLikelihood::new,
          p -> ParetoNbd.of(p[0], p[1], p[2], p[3]),
          ParetoNbd::whileAlive,
          ParetoNbd::alive);

  /** E[Y(t) | x, T, alive at T] of a model (see {@link BgNbd#whileAlive}). */
  @FunctionalInterface
  interface WhileAlive<M> {
    double at(M model, double t, int x, double age);
  }

  /** P(alive at T | x, t_x, T) of a model, without argument checks. */
  @FunctionalInterface
  interface Alive<M> {
    double at(M model, int x, double tx, double age);
  }

  final String label;
  final WhileAlive<M> whileAlive;
  final Alive<M> alive;
  final List<String> names;
  final Function<CustomerSummaries, LogLikelihood> likelihood;
  final Function<double[], M> make;

  private CountModelFamily(
      String label,
      List<String> names,
      Function<CustomerSummaries, LogLikelihood> likelihood,
      Function<double[], M> make,
      WhileAlive<M> whileAlive,
      Alive<M> alive) {
    this.whileAlive = whileAlive;
    this.alive = alive;
    this.label = label;
    this.names = names;
    this.likelihood = likelihood;
    this.make = make;
  }

  /** The maximum-likelihood fit on {@code summaries}. */
  BtydFit<M> fit(CustomerSummaries summaries) {
    return BtydFit.of(Starts.fit(summaries, likelihood), names, make);
  }

  /** The family of a fitted model. */
  @SuppressWarnings("unchecked")
  static <M extends TransactionModel> CountModelFamily<M> of(M model) {
    return (CountModelFamily<M>) untyped(model);
  }

  private static CountModelFamily<?> untyped(TransactionModel model) {
    if (model instanceof BgNbd) {
      return BG_NBD;
    }
    if (model instanceof MbgNbd) {
      return MBG_NBD;
    }
    checkArgument(
        model instanceof ParetoNbd,
        "model must be BG/NBD, MBG/NBD or Pareto/NBD without covariates, was %s",
        model);
    return PARETO_NBD;
  }
}
