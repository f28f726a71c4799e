package dev.cxkit.cli;

import dev.cxkit.metrics.retention.CoxFit;
import dev.cxkit.metrics.retention.CoxRegression;
import dev.cxkit.metrics.retention.CoxSurvivalCurve;
import dev.cxkit.metrics.retention.CoxTerm;
import dev.cxkit.metrics.retention.CumulativeHazardCurve;
import dev.cxkit.metrics.retention.NelsonAalen;
import dev.cxkit.metrics.retention.ProportionalHazardsTest;
import dev.cxkit.metrics.retention.SurvivalData;
import dev.cxkit.metrics.stats.Interval;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cx churn}: churn regression (Cox) and the cumulative hazard (Nelson–Aalen). */
@Command(
    name = "churn",
    mixinStandardHelpOptions = true,
    description = "Churn and survival regression on customer lifetimes.",
    subcommands = {ChurnCommand.Cox.class, ChurnCommand.Hazard.class},
    footer = {
      "",
      "Example:",
      "  ./cx churn cox --input lung.csv --time-column time --event-column status"
          + " --event-value 2 --covariates sex,age,ph.ecog"
    })
final class ChurnCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /** {@code cx churn cox}. */
  @Command(
      name = "cox",
      mixinStandardHelpOptions = true,
      description = {
        "Cox proportional-hazards regression: coefficients, hazard ratios with intervals, the"
            + " likelihood-ratio test; --test-ph adds the Schoenfeld test (R's cox.zph), --profile"
            + " a predicted survival curve. Rows with a missing covariate (NA or empty) are left out"
            + " and counted."
      },
      footer = {
        "",
        "Example:",
        "  ./cx churn cox --input cx-metrics/src/test/resources/dev/cxkit/metrics/retention/lung/lung.csv"
            + " --time-column time --event-column status --event-value 2 --covariates sex,age,ph.ecog"
            + " --robust"
      })
  static final class Cox implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin FormatOption output;
    @Mixin ChurnInput input;

    @Option(
        names = "--covariates",
        required = true,
        split = ",",
        description = "Covariate columns, comma-separated (numeric).")
    List<String> covariates;

    @Option(
        names = "--ties",
        defaultValue = "efron",
        description = "efron or breslow (default: ${DEFAULT-VALUE}).")
    String ties;

    @Option(names = "--robust", description = "Robust (sandwich) standard errors.")
    boolean robust;

    @Option(
        names = "--confidence",
        defaultValue = "0.95",
        description = "Level of the hazard-ratio intervals (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Option(
        names = "--test-ph",
        description = "Print the proportional-hazards test (cox.zph) instead.")
    boolean testPh;

    @Option(
        names = "--profile",
        split = ",",
        description =
            "Print the predicted survival of a profile instead, e.g. sex=2,age=60,ph.ecog=1.")
    @Nullable List<String> profile;

    @Option(
        names = "--times",
        split = ",",
        description = "Times for --profile (default: the quartiles of the observed times).")
    @Nullable List<Double> times;

    @Override
    public Integer call() throws IOException {
      if (!(confidence > 0 && confidence < 1)) {
        throw new BadInputException("--confidence must be in (0, 1), was " + confidence);
      }
      CoxRegression cox;
      switch (ties.toLowerCase(Locale.ROOT)) {
        case "efron":
          cox = CoxRegression.efron();
          break;
        case "breslow":
          cox = CoxRegression.breslow();
          break;
        default:
          throw new BadInputException("--ties must be efron or breslow, was '" + ties + "'");
      }
      if (robust) {
        cox = cox.withRobustVariance();
      }
      SurvivalData data = input.read(covariates);
      CoxFit fit = cox.fit(data);
      PrintWriter out = spec.commandLine().getOut();
      if (testPh) {
        ProportionalHazardsTest z = fit.proportionalHazardsTest();
        Table t = new Table("term", "chisq", "df", "p");
        for (ProportionalHazardsTest.Result r : z.terms()) {
          t.row(r.name(), r.chiSquare(), r.degreesOfFreedom(), r.pValue());
        }
        t.row(
            z.global().name(),
            z.global().chiSquare(),
            z.global().degreesOfFreedom(),
            z.global().pValue());
        t.print(out, output.format);
        return 0;
      }
      if (profile != null) {
        return survival(fit, data, out);
      }
      Table t =
          new Table(
              "term",
              "coef",
              "se",
              "z",
              "p",
              "hazard_ratio",
              "hr_lower",
              "hr_upper",
              "se_method",
              "n",
              "events",
              "left_out");
      for (CoxTerm term : fit.terms()) {
        Interval hr = term.hazardRatioInterval(confidence);
        t.row(
            term.name(),
            term.coefficient(),
            term.standardError(),
            term.z(),
            term.pValue(),
            term.hazardRatio(),
            hr.lower(),
            hr.upper(),
            fit.robust() ? "robust" : "model",
            fit.n(),
            fit.events(),
            fit.leftOut());
      }
      t.print(out, output.format);
      if (output.format == OutputFormat.table) {
        StringBuilder missing = new StringBuilder();
        for (String c : covariates) {
          if (data.missing(c) > 0) {
            missing
                .append(missing.length() == 0 ? " (" : ", ")
                .append(c)
                .append(": ")
                .append(data.missing(c));
          }
        }
        if (missing.length() > 0) {
          missing.append(')');
        }
        out.printf(
            Locale.ROOT,
            "n=%d, events=%d, left out %d row(s) with a missing covariate%s; ties %s;"
                + " log partial likelihood %.4f (null %.4f), likelihood-ratio %.3f on %d df, p=%.4g;"
                + " hazard-ratio intervals %.0f%%%n",
            fit.n(),
            fit.events(),
            fit.leftOut(),
            missing,
            fit.ties().name().toLowerCase(Locale.ROOT),
            fit.logLikelihood(),
            fit.nullLogLikelihood(),
            fit.likelihoodRatioStatistic(),
            covariates.size(),
            fit.likelihoodRatioPValue(),
            confidence * 100);
        out.flush();
      }
      return 0;
    }

    private int survival(CoxFit fit, SurvivalData data, PrintWriter out) {
      double[] z = new double[covariates.size()];
      boolean[] set = new boolean[z.length];
      for (String kv : profile) {
        int eq = kv.indexOf('=');
        String name = eq < 0 ? kv : kv.substring(0, eq).strip();
        int k = covariates.indexOf(name);
        if (eq < 0 || k < 0) {
          throw new BadInputException(
              "--profile entries must be covariate=value with covariates "
                  + covariates
                  + ", was '"
                  + kv
                  + "'");
        }
        try {
          z[k] = Double.parseDouble(kv.substring(eq + 1).strip());
        } catch (NumberFormatException e) {
          throw new BadInputException(
              "--profile value of " + name + " must be a number, was '" + kv + "'");
        }
        set[k] = true;
      }
      for (int k = 0; k < z.length; k++) {
        if (!set[k]) {
          throw new BadInputException(
              "--profile must give every covariate; " + covariates.get(k) + " is missing");
        }
      }
      CoxSurvivalCurve curve = fit.survival(z);
      List<Double> at = times;
      if (at == null) {
        double[] t = new double[data.size()];
        for (int i = 0; i < t.length; i++) {
          t[i] = data.time(i);
        }
        java.util.Arrays.sort(t);
        at = new ArrayList<>();
        for (double q : new double[] {0.25, 0.5, 0.75}) {
          at.add(t[(int) Math.floor(q * (t.length - 1))]);
        }
      }
      Table t = new Table("time", "survival", "cumulative_hazard", "relative_risk");
      for (double time : at) {
        if (!(time >= 0) || !Double.isFinite(time)) {
          throw new BadInputException("--times must be finite and >= 0, was " + time);
        }
        t.row(time, curve.survival(time), curve.cumulativeHazard(time), curve.relativeRisk());
      }
      t.print(out, output.format);
      return 0;
    }
  }

  /** {@code cx churn hazard}. */
  @Command(
      name = "hazard",
      mixinStandardHelpOptions = true,
      description =
          "Nelson-Aalen cumulative hazard with standard errors and log-transformed intervals.",
      footer = {
        "",
        "Example:",
        "  ./cx churn hazard --input lifetimes.csv --time-column days --event-column churned --event-value 1"
      })
  static final class Hazard implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin FormatOption output;
    @Mixin ChurnInput input;

    @Option(
        names = "--confidence",
        defaultValue = "0.95",
        description = "Interval level (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Override
    public Integer call() throws IOException {
      if (!(confidence > 0 && confidence < 1)) {
        throw new BadInputException("--confidence must be in (0, 1), was " + confidence);
      }
      SurvivalData data = input.read(List.of());
      CumulativeHazardCurve h = NelsonAalen.fit(data.lifetimes());
      Table t = new Table("time", "at_risk", "cumulative_hazard", "std_error", "lower", "upper");
      for (double time : h.times()) {
        Interval iv = h.interval(time, confidence);
        t.row(
            time,
            h.atRisk(time),
            h.cumulativeHazard(time),
            h.standardError(time),
            iv.lower(),
            iv.upper());
      }
      t.print(spec.commandLine().getOut(), output.format);
      return 0;
    }
  }
}
