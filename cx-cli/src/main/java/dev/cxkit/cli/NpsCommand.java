package dev.cxkit.cli;

import dev.cxkit.metrics.survey.IntervalSpec;
import dev.cxkit.metrics.survey.NetScoreCounts;
import dev.cxkit.metrics.survey.NetScores;
import dev.cxkit.metrics.survey.Score;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cx nps}: Net Promoter Score with an interval from counts. */
@Command(
    name = "nps",
    mixinStandardHelpOptions = true,
    description = "Net Promoter Score (-1..1) with an interval, from the counts of each group.",
    footer = {
      "",
      "Example:",
      "  ./cx nps --promoters 250 --passives 675 --detractors 75 --method bootstrap"
    })
final class NpsCommand implements Callable<Integer> {
  enum Method {
    wald,
    adjusted_wald,
    wilson,
    bootstrap,
    bayes
  }

  @Spec CommandSpec spec;
  @Mixin FormatOption output;

  @Option(names = "--promoters", required = true, description = "Respondents answering 9-10.")
  long promoters;

  @Option(names = "--passives", required = true, description = "Respondents answering 7-8.")
  long passives;

  @Option(names = "--detractors", required = true, description = "Respondents answering 0-6.")
  long detractors;

  @Option(
      names = "--method",
      defaultValue = "adjusted-wald",
      converter = MethodConverter.class,
      description =
          "Interval method: adjusted-wald, wald, bootstrap, bayes (default: ${DEFAULT-VALUE}).")
  Method method = Method.adjusted_wald;

  @Option(
      names = "--confidence",
      defaultValue = "0.95",
      description = "Confidence level (default: ${DEFAULT-VALUE}).")
  double confidence;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Seed of bootstrap and Bayesian draws.")
  long seed;

  @Override
  public Integer call() {
    Score s = NetScores.of(NetScoreCounts.nps(promoters, passives, detractors), spec(method));
    new Result("nps")
        .record("score", scoreTable().row(scoreRow(s)))
        .print(spec.commandLine().getOut(), output.format);
    return 0;
  }

  private IntervalSpec spec(Method m) {
    switch (m) {
      case wald:
        return IntervalSpec.wald(confidence);
      case wilson:
        return IntervalSpec.wilson(confidence);
      case bootstrap:
        return IntervalSpec.bootstrapPercentile(confidence, 10_000, seed);
      case bayes:
        return IntervalSpec.bayesDirichlet(confidence, 10_000, seed);
      default:
        return IntervalSpec.adjustedWald(confidence);
    }
  }

  /** Columns shared by every score printed by the CLI, after {@code leading} ones. */
  static Table scoreTable(Column... leading) {
    List<Column> all = new ArrayList<>(List.of(leading));
    all.addAll(
        List.of(
            Column.text("score"),
            Column.count("n"),
            Column.amount("effective_n"),
            Column.estimate("estimate").orNull(),
            Column.estimate("lower").orNull(),
            Column.estimate("upper").orNull(),
            Column.text("method"),
            Column.proportion("confidence"),
            Column.texts("flags", " ")));
    return new Table(all.toArray(new Column[0]));
  }

  /** The cells of {@link #scoreTable} for {@code s}, after {@code leading} ones. */
  static Object[] scoreRow(Score s, Object... leading) {
    List<Object> all = new ArrayList<>(Arrays.asList(leading));
    all.addAll(
        Arrays.asList(
            s.label(),
            s.n(),
            s.effectiveN(),
            s.estimate().isPresent() ? s.estimate().getAsDouble() : null,
            s.interval().map(i -> (Object) i.lower()).orElse(null),
            s.interval().map(i -> (Object) i.upper()).orElse(null),
            s.method().name().toLowerCase(Locale.ROOT),
            s.confidenceLevel(),
            s.flags().stream().map(f -> f.name().toLowerCase(Locale.ROOT)).toList()));
    return all.toArray();
  }

  /** Accepts the documented hyphenated names. */
  static final class MethodConverter implements picocli.CommandLine.ITypeConverter<Method> {
    @Override
    public Method convert(String value) {
      try {
        return Method.valueOf(value.replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "--method must be adjusted-wald, wald, wilson, bootstrap or bayes, was '"
                + value
                + "'");
      }
    }
  }
}
