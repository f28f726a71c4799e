package dev.cxkit.cli;

import dev.cxkit.metrics.drivers.KeyDriverResult;
import dev.cxkit.metrics.survey.Score;
import dev.cxkit.render.chart.DriverChart;
import dev.cxkit.render.chart.ScoreChart;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report's survey: the scores of each question with intervals (by segment when asked), in one
 * table, and the key drivers of the questions given driver columns.
 */
final class SurveyPart implements ReportPart {
  private final List<ReportSections.SurveySection> surveys;

  SurveyPart(List<ReportSections.SurveySection> surveys) {
    this.surveys = List.copyOf(surveys);
  }

  private boolean drivers() {
    return surveys.stream().anyMatch(s -> s.input.driverColumns != null);
  }

  @Override
  public List<String> headings() {
    return List.of(drivers() ? "Survey scores and key drivers" : "Survey scores");
  }

  @Override
  public List<String> assumptions() {
    List<String> a = new ArrayList<>();
    for (ReportSections.SurveySection s : surveys) {
      SurveyInput in = s.input;
      String method =
          in.metric == SurveyInput.Metric.nps
              ? "NPS with the adjusted Wald interval (Rocks 2016)"
              : in.metric == SurveyInput.Metric.csat
                  ? "CSAT top-2-box with the Wilson interval, the mean with the t interval"
                  : "CES mean with the t interval, the easy share with the Wilson interval";
      String sentence =
          "Survey scores: " + method + ", at " + ReportOutput.level(in.confidence) + ".";
      if (!a.contains(sentence)) {
        a.add(sentence);
      }
      if (in.driverColumns != null) {
        String d =
            "Key drivers: each driver's Shapley/LMG share of the R^2 of a linear regression of the"
                + " answer on all drivers (Lindeman, Merenda & Gold 1980), with "
                + (in.bootstrap > 0
                    ? "bootstrap percentile intervals ("
                        + in.bootstrap
                        + " replicates, seed "
                        + in.seed
                        + ")"
                    : "no intervals (--bootstrap 0)")
                + "; rows with a blank driver or answer are left out and counted.";
        if (!a.contains(d)) {
          a.add(d);
        }
        a.add(Report.OBSERVATIONAL);
      }
    }
    return a;
  }

  @Override
  public void write(ReportOutput out) throws IOException {
    List<SurveyInput.Answers> answers = new ArrayList<>();
    for (ReportSections.SurveySection s : surveys) {
      answers.add(s.input.read());
    }
    out.section(headings().get(0));
    Table t = NpsCommand.scoreTable(Column.text("question"), Column.text("segment"));
    for (int i = 0; i < surveys.size(); i++) {
      SurveyInput in = surveys.get(i).input;
      SurveyInput.Answers a = answers.get(i);
      out.say(
          in.input.getFileName()
              + ", "
              + in.scoreColumn
              + " ("
              + in.metric.name().toUpperCase(Locale.ROOT)
              + "): "
              + Plural.of(a.answers(), "answer")
              + (a.blank() > 0 ? " (" + a.blank() + " blank left out)" : "")
              + (in.segmentColumn != null ? ", by " + in.segmentColumn : "")
              + (in.weightColumn != null ? ", weighted by " + in.weightColumn : "")
              + ".");
      for (SurveyInput.SegmentScore s : a.scores()) {
        t.row(NpsCommand.scoreRow(s.score(), in.scoreColumn, s.segment()));
      }
    }
    out.show(t);
    for (int i = 0; i < surveys.size(); i++) {
      SurveyInput in = surveys.get(i).input;
      if (in.segmentColumn == null) {
        continue;
      }
      Map<String, Map<String, Score>> byLabel = new LinkedHashMap<>();
      for (SurveyInput.SegmentScore s : answers.get(i).scores()) {
        byLabel
            .computeIfAbsent(s.score().label(), k -> new LinkedHashMap<>())
            .put(s.segment(), s.score());
      }
      for (Map.Entry<String, Map<String, Score>> e : byLabel.entrySet()) {
        out.figure(
            ScoreChart.of(
                e.getKey() + " of " + in.scoreColumn + " by " + in.segmentColumn,
                e.getValue(),
                false));
      }
    }
    for (int i = 0; i < surveys.size(); i++) {
      SurveyInput in = surveys.get(i).input;
      KeyDriverResult k = answers.get(i).drivers();
      if (k == null) {
        continue;
      }
      out.say(
          String.format(
              Locale.ROOT,
              "Key drivers of %s: R^2 = %.3f on %s%s; each driver's share of it, most important"
                  + " first, with its %s interval:",
              in.scoreColumn,
              k.rSquared(),
              Plural.of(k.n(), "row"),
              answers.get(i).driverRowsSkipped() > 0
                  ? " (" + answers.get(i).driverRowsSkipped() + " with a blank left out)"
                  : "",
              ReportOutput.level(k.confidenceLevel())));
      out.show(SurveyInput.driverTable(k));
      out.figure(DriverChart.of("What drives " + in.scoreColumn, k));
      out.note(
          "Observational: a driver's share measures how much of the answer's variation it goes"
              + " with in these answers, not how much the answer would change if the driver did.");
    }
  }
}
