package dev.cxkit.cli;

import dev.cxkit.metrics.clv.BgBb;
import dev.cxkit.metrics.clv.BtydFit;
import dev.cxkit.metrics.clv.DiscreteSummaries;
import dev.cxkit.metrics.clv.DiscreteSummaryFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code cx clv fit|predict --model bgbb}: the discrete-time BG/BB model on summaries. */
final class ClvBgBb {
  private ClvBgBb() {}

  static BgBb fitted(BtydFit<BgBb> fit) {
    if (!fit.converged()) {
      throw new BadInputException(
          "bgbb fit did not converge on this data (too few or too uniform customers?): "
              + fit.convergence());
    }
    return fit.model();
  }

  static int fit(Path input, PrintWriter out, OutputFormat format) throws IOException {
    DiscreteSummaries s = DiscreteSummaryFormat.standard().read(input);
    BtydFit<BgBb> fit = BgBb.fit(s);
    BgBb m = fitted(fit);
    Table t =
        new Table(
            Column.text("parameter"),
            Column.estimate("value"),
            Column.estimate("std_error").orNull());
    double[] p = m.parameters();
    for (int i = 0; i < p.length; i++) {
      t.row(fit.parameterNames().get(i), p[i], fit.standardError(i));
    }
    new Result("clv fit")
        .field(Column.text("model"), "bgbb")
        .field(Column.count("customers"), Math.round(s.totalWeight()))
        .field(Column.flag("converged"), fit.converged())
        .field(Column.estimate("log_likelihood"), fit.logLikelihood())
        .list("parameters", t)
        .record("holdout", new Table(Column.amount("predicted"), Column.count("actual")))
        .print(out, format);
    return 0;
  }

  static int predict(Path input, int periods, int top, PrintWriter out, OutputFormat format)
      throws IOException {
    if (periods < 1) {
      throw new BadInputException(
          "--horizon for bgbb is a whole number of periods >= 1, was " + periods);
    }
    DiscreteSummaries s = DiscreteSummaryFormat.standard().read(input);
    BgBb m = fitted(BgBb.fit(s));
    Table t = new Table(ClvColumns.predictions(Column.amount("weight"), Column.amount("dert")));
    int limit = top <= 0 ? s.size() : Math.min(top, s.size());
    for (int i = 0; i < limit; i++) {
      int x = s.frequency(i);
      int tx = s.recency(i);
      int n = s.periods(i);
      t.row(
          s.customerId(i),
          x,
          (double) tx,
          (double) n,
          m.probabilityAlive(x, tx, n),
          m.conditionalExpectedTransactions(periods, x, tx, n),
          null,
          null,
          null,
          s.weight(i),
          m.discountedExpectedResidualTransactions(DERT_DISCOUNT, x, tx, n));
    }
    new Result("clv predict")
        .field(Column.text("model"), "bgbb")
        .field(Column.count("horizon_periods"), periods)
        .field(Column.proportion("dert_discount_rate"), DERT_DISCOUNT)
        .field(Column.count("customers"), Math.round(s.totalWeight()))
        .list("predictions", t)
        .print(out, format);
    return 0;
  }

  /** Discount rate per period of the DERT column. */
  static final double DERT_DISCOUNT = 0.10;
}
