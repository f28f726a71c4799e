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
import dev.cxkit.model.csv.CsvHeader;
import dev.cxkit.model.csv.CsvReader;
import dev.cxkit.model.csv.CsvRecord;
import dev.cxkit.model.csv.CsvSettings;
import dev.cxkit.model.csv.IngestException;
import dev.cxkit.model.csv.RejectPolicy;
import dev.cxkit.model.internal.Checks;
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

  /**
   * Reads the file in one streaming pass through the CSV core and computes the scores (and the key
   * drivers, from the rows where the answer and every driver are given).
   */
  Answers read() throws IOException {
    if (cesVersion != 1 && cesVersion != 2) {
      throw new BadInputException("--ces-version must be 1 or 2, was " + cesVersion);
    }
    OptionValues.checkConfidence(confidence);
    if (bootstrap < 0) {
      throw new BadInputException("--bootstrap must be >= 0, was " + bootstrap);
    }
    EffortScale effort = cesVersion == 1 ? EffortScale.ces1() : EffortScale.ces2();
    Scale scale =
        metric == Metric.nps ? Scale.nps() : metric == Metric.csat ? Scale.csat5() : effort.scale();
    Map<String, ScoreAccumulator> groups = new LinkedHashMap<>();
    Map<String, NetScoreAccumulator> npsGroups = new LinkedHashMap<>();
    long blank = 0;
    long answers = 0;
    String rule = "must be an integer on the " + scale.min() + ".." + scale.max() + " scale";
    List<String> names =
        driverColumns == null ? List.of() : driverColumns.stream().map(String::strip).toList();
    DriverRows driverRows = new DriverRows(names.size());
    int weight;
    try (CsvReader csv =
        CsvReader.open(
            input, CsvSettings.defaults().withSeparator(delimiter), RejectPolicy.failFast())) {
      CsvHeader header = csv.header();
      int score = header.require(scoreColumn, "score");
      int segment = segmentColumn == null ? -1 : header.require(segmentColumn, "segment");
      weight = weightColumn == null ? -1 : header.require(weightColumn, "weight");
      int[] drivers = new int[names.size()];
      for (int d = 0; d < drivers.length; d++) {
        drivers[d] = header.require(names.get(d), "driver");
      }
      while (csv.next()) {
        CsvRecord row = csv.record();
        if (row.stripped(score).isEmpty()) {
          blank++;
          driverRows.skipped += drivers.length > 0 ? 1 : 0;
          csv.accept();
          continue;
        }
        int value = score(row, score, scale, rule);
        answers++;
        double w = weight >= 0 ? weight(row, weight) : 1.0;
        if (drivers.length > 0) {
          driverRows.add(row, drivers, value, w);
        }
        String key = segment < 0 ? "all" : row.stripped(segment);
        if (metric == Metric.nps) {
          NetScoreAccumulator acc =
              npsGroups.computeIfAbsent(
                  key, k -> new NetScoreAccumulator(NetScoreDefinition.nps()));
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
        csv.accept();
      }
    }
    if (groups.isEmpty() && npsGroups.isEmpty()) {
      throw new BadInputException(
          input + ": no answers in column " + Checks.abbreviate(scoreColumn));
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
    if (names.isEmpty()) {
      return new Answers(scores, answers, blank, null, 0);
    }
    return new Answers(
        scores, answers, blank, drivers(names, driverRows, weight >= 0), driverRows.skipped);
  }

  /** The answer in {@code column}: a whole number on the scale. */
  private int score(CsvRecord row, int column, Scale scale, String rule) throws IngestException {
    long v;
    try {
      v = row.longValue(column, scoreColumn);
    } catch (IngestException e) {
      throw row.invalid(column, scoreColumn + " " + rule);
    }
    if (v < scale.min() || v > scale.max() || !scale.contains((int) v)) {
      throw row.invalid(column, scoreColumn + " " + rule);
    }
    return (int) v;
  }

  /** The survey weight in {@code column}: a finite number > 0. */
  private double weight(CsvRecord row, int column) throws IngestException {
    double w = row.doubleValue(column, weightColumn);
    if (!(w > 0)) {
      throw row.invalid(column, weightColumn + " must be > 0");
    }
    return w;
  }

  /**
   * The rows of a key-driver analysis, kept as numbers only (ratings, answer, weight per row): the
   * rows where the answer and every driver are given; the others are counted as skipped.
   */
  private final class DriverRows {
    final int drivers;
    final List<double[]> rows = new ArrayList<>();
    long skipped;

    DriverRows(int drivers) {
      this.drivers = drivers;
    }

    void add(CsvRecord row, int[] columns, int answer, double weight) throws IngestException {
      for (int c : columns) {
        if (row.stripped(c).isEmpty()) {
          skipped++;
          return;
        }
      }
      double[] r = new double[drivers + 2];
      for (int d = 0; d < drivers; d++) {
        r[d] = row.doubleValue(columns[d], driverColumns.get(d).strip() + " (a driver rating)");
      }
      r[drivers] = answer;
      r[drivers + 1] = weight;
      rows.add(r);
    }
  }

  /** The key drivers of the answer over the complete rows. */
  private KeyDriverResult drivers(List<String> names, DriverRows in, boolean weighted) {
    int m = in.rows.size();
    double[][] ratings = new double[names.size()][m];
    double[] outcome = new double[m];
    double[] weights = new double[m];
    for (int i = 0; i < m; i++) {
      double[] r = in.rows.get(i);
      for (int d = 0; d < names.size(); d++) {
        ratings[d][i] = r[d];
      }
      outcome[i] = r[names.size()];
      weights[i] = r[names.size() + 1];
    }
    KeyDriverAnalysis kda =
        KeyDriverAnalysis.defaults().withConfidenceLevel(confidence).withBootstrap(bootstrap, seed);
    try {
      return weighted
          ? kda.analyzeWeighted(names, ratings, outcome, weights)
          : kda.analyze(names, ratings, outcome);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(
          input
              + ": key drivers of "
              + Checks.abbreviate(scoreColumn)
              + " on "
              + names
              + ": "
              + e.getMessage());
    }
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
