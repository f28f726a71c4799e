package dev.cxkit.cli;

import dev.cxkit.metrics.clv.BgBb;
import dev.cxkit.metrics.clv.CalibrationSplit;
import dev.cxkit.metrics.clv.CustomerSummaries;
import dev.cxkit.metrics.clv.DiscreteSummaries;
import dev.cxkit.metrics.clv.DiscreteSummaryFormat;
import dev.cxkit.metrics.clv.FitChecks;
import dev.cxkit.metrics.clv.TransactionModel;
import dev.cxkit.metrics.clv.Transactions;
import dev.cxkit.render.chart.ActualVsModelChart;
import dev.cxkit.render.chart.AliveMatrixChart;
import dev.cxkit.render.chart.TrackingChart;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cx clv check}: fit checks of a BTYD model as a table and, with --output-svg, a picture.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check a model's fit: calibration repeat transactions by frequency (frequency), holdout"
          + " purchases by calibration frequency (holdout), weekly cumulative and incremental"
          + " tracking (tracking, tracking-weekly) or the frequency-recency P(alive) matrix"
          + " (alive)."
    },
    footer = {
      "",
      "Example:",
      "  ./cx clv check --check tracking \\",
      "      --input cx-examples/data/cdnow/CDNOW_sample.txt \\",
      "      --calibration-end 1997-09-30 --output-svg tracking.svg",
      "  ./cx clv check --model bgbb --check frequency \\",
      "      --input cx-examples/data/donations/donations.csv"
    })
final class ClvCheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin FormatOption output;
  @Mixin ClvInput input;

  @Option(
      names = "--model",
      defaultValue = "bgnbd",
      description = "bgnbd, pareto-nbd, mbgnbd or bgbb (default: ${DEFAULT-VALUE}).")
  String model;

  @Option(
      names = "--check",
      required = true,
      description = "frequency, holdout, tracking, tracking-weekly or alive.")
  String check;

  @Option(
      names = "--max-frequency",
      defaultValue = "7",
      description = "Frequencies shown before the last, open group (default: ${DEFAULT-VALUE}).")
  int maxFrequency;

  @Option(names = "--output-svg", description = "Also write the picture to this SVG file.")
  @Nullable Path svg;

  @Override
  public Integer call() throws IOException {
    ClvCommand.Model m = ClvCommand.model(model);
    if (m == ClvCommand.Model.gamma_gamma) {
      throw new BadInputException(
          "--model for check must be bgnbd, pareto-nbd, mbgnbd or bgbb, was 'gamma-gamma'");
    }
    if (maxFrequency < 1) {
      throw new BadInputException("--max-frequency must be >= 1, was " + maxFrequency);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (m == ClvCommand.Model.bgbb) {
      return bgbb(out);
    }
    CustomerSummaries cbs = input.summaries();
    TransactionModel tm = ClvCommand.converged(ClvCommand.fitTransactions(m, cbs), m).model();
    switch (check) {
      case "frequency":
        return comparison(
            FitChecks.calibrationFrequencies(tm, cbs, maxFrequency),
            "customers",
            "Calibration-period fit",
            out);
      case "holdout":
        if (!cbs.hasHoldout()) {
          throw new BadInputException(
              "--check holdout needs a holdout period: give --calibration-end before the last purchase");
        }
        return comparison(
            FitChecks.holdoutByFrequency(tm, cbs, maxFrequency),
            "mean holdout purchases",
            "Holdout fit by calibration frequency",
            out);
      case "tracking":
      case "tracking-weekly":
        return tracking(tm, check.equals("tracking"), out);
      case "alive":
        double age = 0;
        for (int i = 0; i < cbs.size(); i++) {
          age = Math.max(age, cbs.age(i));
        }
        return alive(FitChecks.aliveMatrix(tm, age, 2 * maxFrequency, 10), out);
      default:
        throw new BadInputException(
            "--check must be frequency, holdout, tracking, tracking-weekly or alive, was '"
                + check
                + "'");
    }
  }

  private int bgbb(PrintWriter out) throws IOException {
    DiscreteSummaries s = DiscreteSummaryFormat.standard().read(input.input);
    BgBb m = ClvBgBb.fitted(BgBb.fit(s));
    switch (check) {
      case "frequency":
        return comparison(FitChecks.calibrationFrequencies(m, s), "customers", "BG/BB fit", out);
      case "alive":
        int n = 0;
        for (int i = 0; i < s.size(); i++) {
          n = Math.max(n, s.periods(i));
        }
        return alive(FitChecks.aliveMatrix(m, n), out);
      default:
        throw new BadInputException(
            "--check for bgbb must be frequency or alive, was '" + check + "'");
    }
  }

  private int comparison(FitChecks.Comparison c, String valueLabel, String title, PrintWriter out)
      throws IOException {
    Table t =
        new Table(
            Column.text("group"),
            Column.amount("actual"),
            Column.amount("model"),
            Column.amount("customers"));
    for (FitChecks.Row r : c.rows()) {
      t.row(r.label(), r.actual(), r.model(), r.customers());
    }
    result(t, "comparison").print(out, output.format);
    write(ActualVsModelChart.of(title, valueLabel, c));
    return 0;
  }

  private int alive(FitChecks.AliveMatrix a, PrintWriter out) throws IOException {
    Table t = new Table(Column.count("x"), Column.amount("t_x"), Column.proportion("p_alive"));
    for (int i = 0; i < a.frequencies().length; i++) {
      for (int j = 0; j < a.recencies().length; j++) {
        t.row(a.frequencies()[i], a.recencies()[j], a.values()[i][j]);
      }
    }
    result(t, "alive").print(out, output.format);
    write(AliveMatrixChart.of("P(alive) by frequency and recency", a));
    return 0;
  }

  private Result result(Table t, String list) {
    return new Result("clv check")
        .field(Column.text("model"), model.replace('_', '-'))
        .field(Column.text("check"), check)
        .list(list, t);
  }

  private int tracking(TransactionModel tm, boolean cumulative, PrintWriter out)
      throws IOException {
    Transactions log = transactions();
    LocalDate last = log.date(0);
    for (int i = 1; i < log.size(); i++) {
      if (log.date(i).isAfter(last)) {
        last = log.date(i);
      }
    }
    LocalDate cal = input.calibrationEnd == null ? last : input.calibrationEnd;
    LocalDate hold = input.holdoutEnd == null ? (cal.isAfter(last) ? cal : last) : input.holdoutEnd;
    FitChecks.Tracking tr = FitChecks.tracking(tm, log, CalibrationSplit.weeks(cal, hold));
    Table t =
        new Table(
            Column.count("week"),
            Column.amount("actual"),
            Column.amount("model"),
            Column.amount("cumulative_actual"),
            Column.amount("cumulative_model"));
    double[] ca = tr.cumulativeActual();
    double[] cm = tr.cumulativeModel();
    for (int i = 0; i < ca.length; i++) {
      t.row((long) tr.periodEnds()[i], tr.actual()[i], tr.model()[i], ca[i], cm[i]);
    }
    result(t, "tracking").print(out, output.format);
    write(
        TrackingChart.of(
            cumulative ? "Cumulative repeat transactions" : "Weekly repeat transactions",
            "weeks since the first purchase of the cohort",
            tr,
            cumulative));
    return 0;
  }

  /** The purchase log of the input (tracking needs dates), read as {@code clv fit} reads it. */
  private Transactions transactions() throws IOException {
    return input.purchases();
  }

  private void write(String svgText) throws IOException {
    if (svg != null) {
      Files.writeString(svg, svgText, StandardCharsets.UTF_8);
    }
  }
}
