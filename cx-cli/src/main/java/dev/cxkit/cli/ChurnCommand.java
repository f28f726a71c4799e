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
import java.util.Arrays;
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
      "  ./cx churn cox --input cx-cli/src/test/resources/lung/lung.csv \\",
      "      --time-column time --event-column status \\",
      "      --event-value 2 --covariates sex,age,ph.ecog"
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
        "  ./cx churn cox --input cx-cli/src/test/resources/lung/lung.csv \\",
        "      --time-column time --event-column status --event-value 2 \\",
        "      --covariates sex,age,ph.ecog --robust"
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
      OptionValues.checkConfidence(confidence);
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
      if (!fit.converged()) {
        throw new BadInputException(
            input.input
                + ": the Cox partial likelihood did not converge in "
                + fit.iterations()
                + " iterations (coefficients "
                + Arrays.toString(fit.coefficients())
                + "): a covariate may order the event times perfectly, so its hazard ratio is 0 or"
                + " infinite (monotone likelihood); drop or combine it");
      }
      PrintWriter out = spec.commandLine().getOut();
      Table t =
          new Table(
              Column.text("term"),
              Column.estimate("coef"),
              Column.estimate("se"),
              Column.estimate("z"),
              Column.proportion("p"),
              Column.estimate("hazard_ratio"),
              Column.estimate("hr_lower"),
              Column.estimate("hr_upper"));
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
            hr.upper());
      }
      Table missing = new Table(Column.text("covariate"), Column.count("rows"));
      for (String c : covariates) {
        missing.row(c, data.missing(c));
      }
      Result result =
          new Result("churn cox")
              .field(Column.text("ties"), fit.ties())
              .field(Column.text("standard_errors"), fit.robust() ? "robust" : "model")
              .field(Column.count("n"), fit.n())
              .field(Column.count("events"), fit.events())
              .field(Column.count("left_out"), fit.leftOut())
              .field(Column.estimate("log_likelihood"), fit.logLikelihood())
              .field(Column.estimate("null_log_likelihood"), fit.nullLogLikelihood())
              .field(Column.estimate("likelihood_ratio"), fit.likelihoodRatioStatistic())
              .field(Column.count("degrees_of_freedom"), covariates.size())
              .field(Column.proportion("p_value"), fit.likelihoodRatioPValue())
              .field(Column.proportion("confidence_level"), confidence)
              .list("terms", t)
              .list("missing", missing);
      if (testPh) {
        ProportionalHazardsTest z = fit.proportionalHazardsTest();
        Table ph =
            new Table(
                Column.text("term"),
                Column.estimate("chisq"),
                Column.count("df"),
                Column.proportion("p"));
        for (ProportionalHazardsTest.Result r : z.terms()) {
          ph.row(r.name(), r.chiSquare(), r.degreesOfFreedom(), r.pValue());
        }
        ph.row(
            z.global().name(),
            z.global().chiSquare(),
            z.global().degreesOfFreedom(),
            z.global().pValue());
        result.list("proportional_hazards", ph).csv("proportional_hazards");
      }
      if (profile != null) {
        result.list("survival", survival(fit, data, profile)).csv("survival");
      }
      result.print(out, output.format);
      return 0;
    }

    private Table survival(CoxFit fit, SurvivalData data, List<String> profile) {
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
      Table t =
          new Table(
              Column.amount("time"),
              Column.proportion("survival"),
              Column.estimate("cumulative_hazard"),
              Column.estimate("relative_risk"));
      for (double time : at) {
        if (!(time >= 0) || !Double.isFinite(time)) {
          throw new BadInputException("--times must be finite and >= 0, was " + time);
        }
        t.row(time, curve.survival(time), curve.cumulativeHazard(time), curve.relativeRisk());
      }
      return t;
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
        "  ./cx churn hazard --input cx-cli/src/test/resources/lung/lung.csv \\",
        "      --time-column time --event-column status --event-value 2"
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
      OptionValues.checkConfidence(confidence);
      SurvivalData data = input.read(List.of());
      CumulativeHazardCurve h = NelsonAalen.fit(data.lifetimes());
      Table t =
          new Table(
              Column.amount("time"),
              Column.count("at_risk"),
              Column.estimate("cumulative_hazard"),
              Column.estimate("std_error"),
              Column.estimate("lower"),
              Column.estimate("upper"));
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
      new Result("churn hazard")
          .field(Column.count("n"), data.size())
          .field(Column.count("events"), data.events())
          .field(Column.proportion("confidence_level"), confidence)
          .list("hazard", t)
          .print(spec.commandLine().getOut(), output.format);
      return 0;
    }
  }
}
