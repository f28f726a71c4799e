package dev.cxkit.cli;

import dev.cxkit.metrics.drivers.KeyDriverAnalysis;
import dev.cxkit.metrics.drivers.KeyDriverResult;
import dev.cxkit.metrics.survey.CsatScore;
import dev.cxkit.metrics.survey.EffortScale;
import dev.cxkit.metrics.survey.EffortScore;
import dev.cxkit.metrics.survey.IntervalSpec;
import dev.cxkit.metrics.survey.NetScoreAccumulator;
import dev.cxkit.metrics.survey.NetScoreDefinition;
import dev.cxkit.metrics.survey.NetScores;
import dev.cxkit.metrics.survey.Score;
import dev.cxkit.metrics.survey.ScoreAccumulator;
import dev.cxkit.model.survey.Scale;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options of {@code cx survey} and of the report's {@code survey} section: the answers file,
 * the metric and its column, segments, weights, the confidence level, and the driver columns of a
 * key-driver analysis of the answer.
 */
final class SurveyInput {
  enum Metric {
    nps,
    csat,
    ces
  }

  @Option(names = "--input", required = true, description = "The answers file.")
  Path input;

  @Option(names = "--metric", required = true, description = "nps, csat or ces.")
  Metric metric;

  @Option(names = "--score-column", required = true, description = "Column of the answer.")
  String scoreColumn;

  @Option(names = "--segment-column", description = "Column to group by.")
  String segmentColumn;

  @Option(names = "--weight-column", description = "Column of survey weights (> 0).")
  String weightColumn;

  @Option(
      names = "--delimiter",
      defaultValue = ",",
      description = "Field delimiter (default: '${DEFAULT-VALUE}').")
  char delimiter;

  @Option(
      names = "--ces-version",
      defaultValue = "2",
      description = "CES scale: 1 (1-5, low is good) or 2 (1-7 agreement, high is good).")
  int cesVersion;

  @Option(
      names = "--confidence",
      defaultValue = "0.95",
      description = "Confidence level (default: ${DEFAULT-VALUE}).")
  double confidence;

  @Option(
      names = "--driver-columns",
      split = ",",
      description =
          "Columns of driver ratings: adds a key-driver analysis (Shapley/LMG share of R^2) of"
              + " the answer on them, over the rows where all are given.")
  List<String> driverColumns;

  @Option(
      names = "--bootstrap",
      defaultValue = "200",
      description =
          "Bootstrap replicates of the driver intervals; 0 for none (default: ${DEFAULT-VALUE}).")
  int bootstrap;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Seed of the driver bootstrap (default: ${DEFAULT-VALUE}).")
  long seed;

  /** A score of one segment ({@code "all"} without segments). */
  record SegmentScore(String segment, Score score) {}

  /**
   * What the answers say: the scores per segment, the counts of answers read and of blank answers
   * skipped, and the key drivers when driver columns were given.
   */
  record Answers(
      List<SegmentScore> scores,
      long answers,
      long blank,
      @Nullable KeyDriverResult drivers,
      long driverRowsSkipped) {}

  /** Reads the file and computes the scores (and the key drivers). */
  Answers read() throws IOException {
    if (cesVersion != 1 && cesVersion != 2) {
      throw new BadInputException("--ces-version must be 1 or 2, was " + cesVersion);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new BadInputException("--confidence must be in (0, 1), was " + confidence);
    }
    if (bootstrap < 0) {
      throw new BadInputException("--bootstrap must be >= 0, was " + bootstrap);
    }
    CsvFile csv = CsvFile.read(input, delimiter);
    int score = csv.column(scoreColumn);
    int segment = segmentColumn == null ? -1 : csv.column(segmentColumn);
    int weight = weightColumn == null ? -1 : csv.column(weightColumn);
    EffortScale effort = cesVersion == 1 ? EffortScale.ces1() : EffortScale.ces2();
    Scale scale =
        metric == Metric.nps ? Scale.nps() : metric == Metric.csat ? Scale.csat5() : effort.scale();
    Map<String, ScoreAccumulator> groups = new LinkedHashMap<>();
    Map<String, NetScoreAccumulator> npsGroups = new LinkedHashMap<>();
    long blank = 0;
    long answers = 0;
    String rule = "must be an integer on the " + scale.min() + ".." + scale.max() + " scale";
    for (CsvFile.Row row : csv.rows()) {
      if (row.fields().get(score).isBlank()) {
        blank++;
        continue;
      }
      int value = csv.integer(row, score, rule);
      answers++;
      if (!scale.contains(value)) {
        throw BadInputException.cell(
            input, row.line(), scoreColumn, row.fields().get(score).strip(), rule);
      }
      double w = 1.0;
      if (weight >= 0) {
        w = csv.number(row, weight, "must be a finite number > 0");
        if (!(w > 0)) {
          throw BadInputException.cell(
              input, row.line(), weightColumn, row.fields().get(weight), "must be > 0");
        }
      }
      String key = segment < 0 ? "all" : row.fields().get(segment).strip();
      if (metric == Metric.nps) {
        NetScoreAccumulator acc =
            npsGroups.computeIfAbsent(key, k -> new NetScoreAccumulator(NetScoreDefinition.nps()));
        if (weight >= 0) {
          acc.addWeighted(value, w);
        } else {
          acc.add(value);
        }
      } else {
        ScoreAccumulator acc = groups.computeIfAbsent(key, k -> new ScoreAccumulator(scale));
        if (weight >= 0) {
          acc.addWeighted(value, w);
        } else {
          acc.add(value);
        }
      }
    }
    if (groups.isEmpty() && npsGroups.isEmpty()) {
      throw new BadInputException(input + ": no answers in column " + scoreColumn);
    }
    List<SegmentScore> scores = new ArrayList<>();
    npsGroups.forEach(
        (k, acc) ->
            scores.add(
                new SegmentScore(
                    k, NetScores.of(acc.snapshot(), IntervalSpec.adjustedWald(confidence)))));
    groups.forEach(
        (k, acc) -> {
          if (metric == Metric.csat) {
            CsatScore c =
                CsatScore.of(
                    acc.snapshot(), IntervalSpec.wilson(confidence), IntervalSpec.t(confidence));
            scores.add(new SegmentScore(k, c.topTwoBox()));
            scores.add(new SegmentScore(k, c.mean()));
          } else {
            EffortScore e = EffortScore.of(effort, acc.snapshot());
            scores.add(new SegmentScore(k, e.mean()));
            scores.add(new SegmentScore(k, e.easyShare()));
            scores.add(new SegmentScore(k, e.netEasy()));
          }
        });
    if (driverColumns == null || driverColumns.isEmpty()) {
      return new Answers(scores, answers, blank, null, 0);
    }
    return drivers(csv, score, weight, scores, answers, blank);
  }

  /** The key drivers of the answer over the rows where the answer and every driver are given. */
  private Answers drivers(
      CsvFile csv, int score, int weight, List<SegmentScore> scores, long answers, long blank) {
    List<String> names = driverColumns.stream().map(String::strip).toList();
    int[] columns = new int[names.size()];
    for (int d = 0; d < columns.length; d++) {
      columns[d] = csv.column(names.get(d));
    }
    List<double[]> rows = new ArrayList<>();
    long skipped = 0;
    for (CsvFile.Row row : csv.rows()) {
      boolean complete = !row.fields().get(score).isBlank();
      for (int c : columns) {
        complete &= !row.fields().get(c).isBlank();
      }
      if (!complete) {
        skipped++;
        continue;
      }
      double[] r = new double[columns.length + 2];
      for (int d = 0; d < columns.length; d++) {
        r[d] = csv.number(row, columns[d], "must be a finite number (a driver rating)");
      }
      r[columns.length] = csv.number(row, score, "must be a finite number");
      r[columns.length + 1] =
          weight >= 0 ? csv.number(row, weight, "must be a finite number > 0") : 1.0;
      rows.add(r);
    }
    double[][] ratings = new double[columns.length][rows.size()];
    double[] outcome = new double[rows.size()];
    double[] weights = new double[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      double[] r = rows.get(i);
      for (int d = 0; d < columns.length; d++) {
        ratings[d][i] = r[d];
      }
      outcome[i] = r[columns.length];
      weights[i] = r[columns.length + 1];
    }
    KeyDriverAnalysis kda =
        KeyDriverAnalysis.defaults().withConfidenceLevel(confidence).withBootstrap(bootstrap, seed);
    KeyDriverResult k;
    try {
      k =
          weight >= 0
              ? kda.analyzeWeighted(names, ratings, outcome, weights)
              : kda.analyze(names, ratings, outcome);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(
          input + ": key drivers of " + scoreColumn + " on " + names + ": " + e.getMessage());
    }
    return new Answers(scores, answers, blank, k, skipped);
  }

  /** The scores as the CLI's score table, with a leading segment column. */
  static Table scoreTable(Answers a) {
    Table t = NpsCommand.scoreTable(Column.text("segment"));
    for (SegmentScore s : a.scores()) {
      t.row(NpsCommand.scoreRow(s.score(), s.segment()));
    }
    return t;
  }

  /** The drivers, most important first, with their bootstrap interval. */
  static Table driverTable(KeyDriverResult k) {
    Table d =
        new Table(
            Column.text("driver"),
            Column.proportion("shapley_r2"),
            Column.proportion("lower").orNull(),
            Column.proportion("upper").orNull(),
            Column.proportion("share_of_r2"),
            Column.proportion("relative_weight"),
            Column.estimate("r"));
    for (var di : k.rankedByShapley()) {
      d.row(
          di.name(),
          di.shapley(),
          di.shapleyInterval().map(i -> (Object) i.lower()).orElse(null),
          di.shapleyInterval().map(i -> (Object) i.upper()).orElse(null),
          di.shapleyShare(),
          di.relativeWeight(),
          di.correlation());
    }
    return d;
  }
}
