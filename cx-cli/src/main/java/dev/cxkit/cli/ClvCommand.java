package dev.cxkit.cli;

import dev.cxkit.metrics.clv.BgNbd;
import dev.cxkit.metrics.clv.BtydFit;
import dev.cxkit.metrics.clv.CustomerSummaries;
import dev.cxkit.metrics.clv.GammaGamma;
import dev.cxkit.metrics.clv.MbgNbd;
import dev.cxkit.metrics.clv.ParetoNbd;
import dev.cxkit.metrics.clv.TransactionModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cx clv}: buy-till-you-die models of repeat purchasing and spend. */
@Command(
    name = "clv",
    mixinStandardHelpOptions = true,
    description = "Customer lifetime value: fit BTYD models and predict per customer.",
    subcommands = {ClvCommand.Fit.class, ClvCommand.Predict.class, ClvCheckCommand.class},
    footer = {
      "",
      "Example:",
      "  ./cx clv fit --model bgnbd --input cx-examples/data/cdnow/CDNOW_sample.txt \\",
      "      --calibration-end 1997-09-30"
    })
final class ClvCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  enum Model {
    bgnbd,
    pareto_nbd,
    mbgnbd,
    gamma_gamma,
    bgbb
  }

  static Model model(String name) {
    try {
      return Model.valueOf(name.replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new BadInputException(
          "--model must be bgnbd, pareto-nbd, mbgnbd, gamma-gamma or bgbb, was '" + name + "'");
    }
  }

  static BtydFit<? extends TransactionModel> fitTransactions(Model m, CustomerSummaries cbs) {
    switch (m) {
      case pareto_nbd:
        return ParetoNbd.fit(cbs);
      case mbgnbd:
        return MbgNbd.fit(cbs);
      default:
        return BgNbd.fit(cbs);
    }
  }

  /** Customers with repeat purchases and their mean repeat spend: what Gamma-Gamma fits on. */
  static CustomerSummaries spenders(CustomerSummaries cbs) {
    if (!cbs.hasSpend()) {
      throw new BadInputException(
          "gamma-gamma needs spend: transactions with amounts or summaries with m_x/zbar");
    }
    return cbs;
  }

  /** {@code cx clv fit}. */
  @Command(
      name = "fit",
      mixinStandardHelpOptions = true,
      description = "Fit a model; prints parameters with standard errors and the log-likelihood.",
      footer = {
        "",
        "Example:",
        "  ./cx clv fit --model pareto-nbd \\",
        "      --input cx-examples/data/cdnow/CDNOW_sample.txt \\",
        "      --calibration-end 1997-09-30 --format json"
      })
  static final class Fit implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin FormatOption output;
    @Mixin ClvInput input;

    @Option(
        names = "--model",
        required = true,
        description = "bgnbd, pareto-nbd, mbgnbd, gamma-gamma or bgbb (discrete-time summaries).")
    String model;

    @Override
    public Integer call() throws IOException {
      Model m = model(model);
      if (m == Model.bgbb) {
        return ClvBgBb.fit(input.input, spec.commandLine().getOut(), output.format);
      }
      CustomerSummaries cbs = input.summaries();
      BtydFit<?> fit =
          m == Model.gamma_gamma
              ? converged(GammaGamma.fit(spenders(cbs)), m)
              : converged(fitTransactions(m, cbs), m);
      Table t =
          new Table(
              Column.text("parameter"),
              Column.estimate("value"),
              Column.estimate("std_error").orNull());
      double[] values = parameters(fit.model());
      for (int i = 0; i < values.length; i++) {
        // null: the information matrix at the optimum gives no finite standard error
        double se = fit.standardError(i);
        t.row(fit.parameterNames().get(i), values[i], Double.isFinite(se) ? se : null);
      }
      Table holdout = new Table(Column.amount("predicted"), Column.count("actual"));
      if (m != Model.gamma_gamma && cbs.hasHoldout()) {
        TransactionModel tm = (TransactionModel) fit.model();
        holdout.row(tm.expectedHoldoutTransactions(cbs), cbs.totalHoldoutFrequency());
      }
      new Result("clv fit")
          .field(Column.text("model"), m.name().replace('_', '-'))
          .field(Column.count("customers"), cbs.size())
          .field(Column.flag("converged"), fit.converged())
          .field(Column.estimate("log_likelihood"), fit.logLikelihood())
          .list("parameters", t)
          .record("holdout", holdout)
          .print(spec.commandLine().getOut(), output.format);
      return 0;
    }
  }

  /** A fit that did not converge is a property of the data: bad input, with the reason. */
  static <M> BtydFit<M> converged(BtydFit<M> fit, Model m) {
    if (!fit.converged()) {
      throw new BadInputException(
          m.name().replace('_', '-')
              + " fit did not converge on this data (too few or too uniform customers?): "
              + fit.convergence());
    }
    return fit;
  }

  static double[] parameters(Object model) {
    if (model instanceof TransactionModel) {
      return ((TransactionModel) model).parameters();
    }
    GammaGamma g = (GammaGamma) model;
    return new double[] {g.p(), g.q(), g.gamma()};
  }

  /**
   * The options of {@code cx clv predict} and the report's {@code clv} section beside the input:
   * the model, the horizon and how many customers to list.
   */
  static final class PredictOptions {
    @Option(
        names = "--model",
        defaultValue = "bgnbd",
        description = "bgnbd, pareto-nbd, mbgnbd or bgbb (default: ${DEFAULT-VALUE}).")
    String model = "bgnbd";

    static final double MAX_HORIZON_WEEKS = 10_000;

    @Option(
        names = "--horizon",
        defaultValue = "52",
        description = "Prediction horizon in weeks (default: ${DEFAULT-VALUE}).")
    double horizon = 52;

    @Option(
        names = "--top",
        defaultValue = "20",
        description = "Print the N customers with most expected purchases; 0 = all.")
    int top = 20;

    /** The model asked for, after checking the options. */
    Model checked() {
      Model m = model(model);
      if (m == Model.gamma_gamma) {
        throw new BadInputException(
            "--model for predict must be bgnbd, pareto-nbd, mbgnbd or bgbb (spend is added"
                + " automatically when the input has amounts), was 'gamma-gamma'");
      }
      // beyond a few centuries the models' hypergeometric terms leave the double range; a
      // horizon there is a typing error, not a forecast (issue 14)
      if (!(horizon > 0 && horizon <= MAX_HORIZON_WEEKS)) {
        throw new BadInputException(
            "--horizon must be in (0, " + (int) MAX_HORIZON_WEEKS + "] weeks, was " + horizon);
      }
      return m;
    }

    /**
     * The customers with the most expected purchases in the horizon (all with {@code --top 0}):
     * frequency, recency, age, P(alive), expected purchases, holdout purchases and, with spend, the
     * Gamma-Gamma expected spend and value.
     */
    Table predictions(CustomerSummaries cbs, TransactionModel tm, @Nullable GammaGamma gg) {
      List<Integer> order = new ArrayList<>();
      double[] expected = tm.conditionalExpectedTransactions(cbs, horizon);
      for (int i = 0; i < cbs.size(); i++) {
        order.add(i);
      }
      order.sort(Comparator.comparingDouble((Integer i) -> -expected[i]).thenComparing(i -> i));
      int limit = top <= 0 ? order.size() : Math.min(top, order.size());
      Table t = new Table(ClvColumns.predictions());
      for (int k = 0; k < limit; k++) {
        int i = order.get(k);
        Double spend =
            gg == null
                ? null
                : gg.conditionalExpectedSpend(cbs.frequency(i), cbs.meanRepeatSpend(i));
        t.row(
            cbs.customerId(i),
            cbs.frequency(i),
            cbs.recency(i),
            cbs.age(i),
            tm.probabilityAlive(cbs.frequency(i), cbs.recency(i), cbs.age(i)),
            expected[i],
            cbs.hasHoldout() ? (Object) cbs.holdoutFrequency(i) : null,
            spend,
            spend == null ? null : spend * expected[i]);
      }
      return t;
    }
  }

  /** {@code cx clv predict}. */
  @Command(
      name = "predict",
      mixinStandardHelpOptions = true,
      description = {
        "Fit a transaction model and predict per customer: P(alive), expected purchases in the"
            + " horizon, and with spend data the Gamma-Gamma expected spend and value."
      },
      footer = {
        "",
        "Example:",
        "  ./cx clv predict --model bgnbd \\",
        "      --input cx-examples/data/cdnow/CDNOW_sample.txt \\",
        "      --calibration-end 1997-09-30 --horizon 39 --top 10"
      })
  static final class Predict implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin FormatOption output;
    @Mixin ClvInput input;
    @Mixin PredictOptions options;
    @Mixin IntervalOptions intervals;

    @Override
    public Integer call() throws IOException {
      Model m = options.checked();
      if (m == Model.bgbb) {
        return ClvBgBb.predict(
            input.input,
            (int) options.horizon,
            options.top,
            spec.commandLine().getOut(),
            output.format);
      }
      CustomerSummaries cbs = input.summaries();
      if (intervals.requested()) {
        return intervals.print(
            m.name().replace('_', '-'),
            converged(fitTransactions(m, cbs), m),
            cbs.hasSpend() ? converged(GammaGamma.fit(cbs), Model.gamma_gamma) : null,
            cbs,
            options.horizon,
            options.top,
            spec.commandLine().getOut(),
            output.format);
      }
      TransactionModel tm = converged(fitTransactions(m, cbs), m).model();
      GammaGamma gg =
          cbs.hasSpend() ? converged(GammaGamma.fit(cbs), Model.gamma_gamma).model() : null;
      new Result("clv predict")
          .field(Column.text("model"), m.name().replace('_', '-'))
          .field(Column.amount("horizon_weeks"), options.horizon)
          .field(Column.count("customers"), cbs.size())
          .list("predictions", options.predictions(cbs, tm, gg))
          .print(spec.commandLine().getOut(), output.format);
      return 0;
    }
  }
}
