package dev.cxkit.cli;

import dev.cxkit.metrics.clv.BgBb;
import dev.cxkit.metrics.clv.BtydFit;
import dev.cxkit.metrics.clv.DiscreteSummaries;
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
    DiscreteSummaries s = BgBbInput.read(input);
    BtydFit<BgBb> fit = BgBb.fit(s);
    BgBb m = fitted(fit);
    Table t = new Table("parameter", "value", "std_error");
    double[] p = m.parameters();
    for (int i = 0; i < p.length; i++) {
      t.row(fit.parameterNames().get(i), p[i], fit.standardError(i));
    }
    t.row("log_likelihood", fit.logLikelihood(), null);
    t.row("customers", s.totalWeight(), null);
    t.row("converged", 1.0, null);
    t.print(out, format);
    return 0;
  }

  static int predict(Path input, int periods, int top, PrintWriter out, OutputFormat format)
      throws IOException {
    if (periods < 1) {
      throw new BadInputException(
          "--horizon for bgbb is a whole number of periods >= 1, was " + periods);
    }
    DiscreteSummaries s = BgBbInput.read(input);
    BgBb m = fitted(BgBb.fit(s));
    Table t =
        new Table(
            "customer",
            "x",
            "t_x",
            "n",
            "customers",
            "p_alive",
            "expected_purchases",
            "dert_d0.10");
    int limit = top <= 0 ? s.size() : Math.min(top, s.size());
    for (int i = 0; i < limit; i++) {
      int x = s.frequency(i);
      int tx = s.recency(i);
      int n = s.periods(i);
      t.row(
          s.customerId(i),
          x,
          tx,
          n,
          s.weight(i),
          m.probabilityAlive(x, tx, n),
          m.conditionalExpectedTransactions(periods, x, tx, n),
          m.discountedExpectedResidualTransactions(0.10, x, tx, n));
    }
    t.print(out, format);
    return 0;
  }
}
