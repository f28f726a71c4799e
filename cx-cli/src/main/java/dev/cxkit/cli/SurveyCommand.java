package dev.cxkit.cli;

import dev.cxkit.metrics.survey.CsatScore;
import dev.cxkit.metrics.survey.EffortScale;
import dev.cxkit.metrics.survey.EffortScore;
import dev.cxkit.metrics.survey.IntervalSpec;
import dev.cxkit.metrics.survey.NetScoreAccumulator;
import dev.cxkit.metrics.survey.NetScoreDefinition;
import dev.cxkit.metrics.survey.NetScores;
import dev.cxkit.metrics.survey.ScoreAccumulator;
import dev.cxkit.model.survey.Scale;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cx survey}: NPS, CSAT or CES from a file of survey answers, by segment. */
@Command(
    name = "survey",
    mixinStandardHelpOptions = true,
    description = {
      "NPS (0-10), CSAT (1-5: top-2-box and mean) or CES (CES 2.0 1-7 by default) with intervals,"
          + " from a delimited file with a header row, optionally by segment and weighted."
    },
    footer = {
      "",
      "Example:",
      "  ./cx survey --input answers.csv --metric nps --score-column ltr --segment-column region"
    })
final class SurveyCommand implements Callable<Integer> {
  enum Metric {
    nps,
    csat,
    ces
  }

  @Spec CommandSpec spec;
  @Mixin FormatOption output;

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

  @Override
  public Integer call() throws IOException {
    if (cesVersion != 1 && cesVersion != 2) {
      throw new BadInputException("--ces-version must be 1 or 2, was " + cesVersion);
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
    Table t = NpsCommand.scoreTable(Column.text("segment"));
    npsGroups.forEach(
        (k, acc) ->
            t.row(
                NpsCommand.scoreRow(
                    NetScores.of(acc.snapshot(), IntervalSpec.adjustedWald(confidence)), k)));
    groups.forEach(
        (k, acc) -> {
          if (metric == Metric.csat) {
            CsatScore c =
                CsatScore.of(
                    acc.snapshot(), IntervalSpec.wilson(confidence), IntervalSpec.t(confidence));
            t.row(NpsCommand.scoreRow(c.topTwoBox(), k));
            t.row(NpsCommand.scoreRow(c.mean(), k));
          } else {
            EffortScore e = EffortScore.of(effort, acc.snapshot());
            t.row(NpsCommand.scoreRow(e.mean(), k));
            t.row(NpsCommand.scoreRow(e.easyShare(), k));
            t.row(NpsCommand.scoreRow(e.netEasy(), k));
          }
        });
    new Result("survey")
        .field(Column.text("metric"), metric.name())
        .field(Column.count("answers"), answers)
        .field(Column.count("blank_answers_skipped"), blank)
        .list("scores", t)
        .print(spec.commandLine().getOut(), output.format);
    return 0;
  }
}
