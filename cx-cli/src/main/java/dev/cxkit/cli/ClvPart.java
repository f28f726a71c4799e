package dev.cxkit.cli;

import dev.cxkit.metrics.clv.BtydFit;
import dev.cxkit.metrics.clv.CustomerSummaries;
import dev.cxkit.metrics.clv.GammaGamma;
import dev.cxkit.metrics.clv.TransactionModel;
import dev.cxkit.metrics.stats.Distributions;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The report's customer lifetime value: the transaction model's fit with standard errors, its
 * holdout check when there is a holdout, the Gamma-Gamma spend model when there are amounts, and
 * the customers with the most expected purchases (the table of {@code cx clv predict}).
 */
final class ClvPart implements ReportPart {
  static final String HEADING = "Customer lifetime value";

  private final ReportSections.ClvSection section;

  ClvPart(ReportSections.ClvSection section) {
    this.section = section;
  }

  @Override
  public List<String> headings() {
    return List.of(HEADING);
  }

  @Override
  public List<String> assumptions() {
    ClvCommand.Model m = model();
    return List.of(
        String.format(
            Locale.ROOT,
            "Customer lifetime value: %s fitted by maximum likelihood on weekly customer summaries"
                + " (repeat purchases x, recency t_x, age T)%s; spend per purchase by Gamma-Gamma"
                + " when amounts are given; expectations over %s weeks, undiscounted; parameter"
                + " intervals are Wald 95 %% intervals from the observed information.",
            name(m),
            section.input.calibrationEnd != null
                ? ", calibration up to " + section.input.calibrationEnd + " and the rest as holdout"
                : "",
            trim(section.options.horizon)));
  }

  @Override
  public void write(ReportOutput out) throws IOException {
    ClvCommand.Model m = model();
    CustomerSummaries cbs = section.input.summaries();
    BtydFit<? extends TransactionModel> fit =
        ClvCommand.converged(ClvCommand.fitTransactions(m, cbs), m);
    TransactionModel tm = fit.model();
    out.section(HEADING);
    out.say(
        String.format(
            Locale.ROOT,
            "%s: %s%s. %s fit (log-likelihood %.2f):",
            section.input.input.getFileName(),
            Plural.of(cbs.size(), "customer"),
            cbs.hasHoldout()
                ? String.format(Locale.ROOT, ", a holdout of %s weeks", trim(cbs.holdoutLength()))
                : "",
            name(m),
            fit.logLikelihood()));
    out.show(parameters(fit, ClvCommand.parameters(tm)));
    if (cbs.hasHoldout()) {
      out.say(
          String.format(
              Locale.ROOT,
              "Holdout repeat purchases of the %d customers: predicted %.0f, actual %.0f.",
              cbs.size(),
              tm.expectedHoldoutTransactions(cbs),
              cbs.totalHoldoutFrequency()));
    }
    GammaGamma gg = null;
    if (cbs.hasSpend()) {
      BtydFit<GammaGamma> g =
          ClvCommand.converged(GammaGamma.fit(cbs), ClvCommand.Model.gamma_gamma);
      gg = g.model();
      out.say(
          String.format(
              Locale.ROOT,
              "Gamma-Gamma spend per purchase (log-likelihood %.2f); population mean spend %.2f:",
              g.logLikelihood(),
              gg.populationMeanSpend()));
      out.show(parameters(g, ClvCommand.parameters(gg)));
    }
    Table top = section.options.predictions(cbs, tm, gg);
    out.say(
        String.format(
            Locale.ROOT,
            "The %s with the most expected purchases in the next %s weeks (P(alive) and the"
                + " expectations are the model's, given each customer's history)%s:",
            Plural.of(top.size(), "customer"),
            trim(section.options.horizon),
            gg != null ? "; expected value = expected spend x expected purchases" : ""));
    out.show(top);
  }

  /** The transaction model: the report reads purchases, so BG/BB's discrete summaries are not. */
  private ClvCommand.Model model() {
    ClvCommand.Model m = section.options.checked();
    if (m == ClvCommand.Model.bgbb) {
      throw new BadInputException(
          "clv --model bgbb: the report's clv section reads purchases and fits bgnbd, pareto-nbd"
              + " or mbgnbd; BG/BB's discrete-time summaries go to ./cx clv predict --model bgbb");
    }
    return m;
  }

  private static Table parameters(BtydFit<?> fit, double[] values) {
    double z = Distributions.zCritical(0.95);
    Table t =
        new Table(
            Column.text("parameter"),
            Column.estimate("value"),
            Column.estimate("std_error").orNull(),
            Column.estimate("lower").orNull(),
            Column.estimate("upper").orNull());
    for (int i = 0; i < values.length; i++) {
      double se = fit.standardError(i);
      boolean ok = Double.isFinite(se);
      t.row(
          fit.parameterNames().get(i),
          values[i],
          ok ? se : null,
          ok ? values[i] - z * se : null,
          ok ? values[i] + z * se : null);
    }
    return t;
  }

  private static String name(ClvCommand.Model m) {
    switch (m) {
      case pareto_nbd:
        return "Pareto/NBD";
      case mbgnbd:
        return "MBG/NBD";
      default:
        return "BG/NBD";
    }
  }

  private static String trim(double weeks) {
    return weeks == Math.rint(weeks)
        ? String.valueOf((long) weeks)
        : String.format(Locale.ROOT, "%.1f", weeks);
  }
}
