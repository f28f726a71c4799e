package dev.cxkit.cli;

import dev.cxkit.journey.attribution.AttributionModel;
import dev.cxkit.journey.attribution.AttributionResult;
import dev.cxkit.journey.attribution.ChannelCredit;
import dev.cxkit.journey.attribution.MarkovAttribution;
import dev.cxkit.journey.attribution.PathTable;
import dev.cxkit.journey.attribution.PathTableReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cx attribution}: channel credit of an aggregated path table under one or more models. */
@Command(
    name = "attribution",
    mixinStandardHelpOptions = true,
    description = {
      "Multi-touch attribution of a path table (one row per path: conversions, value, nulls).",
      "Defaults read the layout of ChannelAttribution's example table."
    },
    footer = {
      "",
      "Example:",
      "  ./cx attribution --input cx-examples/data/attribution/channelattribution_Data.csv"
          + " --model markov,linear --order 2"
    })
final class AttributionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin FormatOption output;

  @Option(names = "--input", required = true, description = "The path table file.")
  Path input;

  @Option(
      names = "--model",
      split = ",",
      defaultValue = "markov",
      description =
          "first, last, linear, position, time-decay, markov, shapley or shapley-simplified;"
              + " several separated by commas (default: ${DEFAULT-VALUE}).")
  List<String> models;

  @Option(
      names = "--order",
      defaultValue = "1",
      description = "Order of the Markov chain (default: ${DEFAULT-VALUE}).")
  int order;

  @Option(
      names = "--half-life",
      defaultValue = "P7D",
      description = "Half-life of time decay, ISO-8601 (default: ${DEFAULT-VALUE}).")
  Duration halfLife;

  @Option(
      names = "--delimiter",
      defaultValue = ";",
      description = "Field delimiter (default: '${DEFAULT-VALUE}').")
  char delimiter;

  @Option(
      names = "--path-separator",
      defaultValue = ">",
      description = "Separator of the touches in a path (default: '${DEFAULT-VALUE}').")
  String pathSeparator;

  @Option(
      names = "--path-column",
      defaultValue = "path",
      description = "Column of the path (default: ${DEFAULT-VALUE}).")
  String pathColumn;

  @Option(
      names = "--conversions-column",
      defaultValue = "total_conversions",
      description = "Column of the conversions (default: ${DEFAULT-VALUE}).")
  String conversionsColumn;

  @Option(
      names = "--value-column",
      defaultValue = "total_conversion_value",
      description = "Column of the conversion value; '' for none.")
  String valueColumn;

  @Option(
      names = "--nulls-column",
      defaultValue = "total_null",
      description = "Column of the journeys without conversion; '' for none.")
  String nullsColumn;

  @Override
  public Integer call() throws IOException {
    PathTable table =
        PathTableReader.semicolon()
            .withDelimiter(delimiter)
            .withPathSeparator(pathSeparator)
            .withColumns(
                pathColumn,
                conversionsColumn,
                valueColumn.isEmpty() ? null : valueColumn,
                nullsColumn.isEmpty() ? null : nullsColumn)
            .read(input);
    Table t =
        new Table(
            Column.text("model"),
            Column.text("channel"),
            Column.amount("conversions"),
            Column.money("value"),
            Column.proportion("conversion_share"));
    for (String name : models) {
      AttributionResult r = model(name.strip(), order, halfLife).attribute(table);
      for (ChannelCredit c : r.credits()) {
        double share = r.totalConversions() == 0 ? 0.0 : c.conversions() / r.totalConversions();
        t.row(name.strip(), c.channel(), c.conversions(), c.value(), share);
      }
    }
    new Result("attribution")
        .field(Column.count("paths"), table.pathCount())
        .field(Column.count("journeys"), table.totalJourneys())
        .field(Column.count("conversions"), table.totalConversions())
        .field(Column.money("value"), table.totalValue())
        .list("credits", t)
        .print(spec.commandLine().getOut(), output.format);
    return 0;
  }

  /** The model called {@code name} on the command line. */
  static AttributionModel model(String name, int order, Duration halfLife) {
    switch (name) {
      case "first":
        return AttributionModel.firstTouch();
      case "last":
        return AttributionModel.lastTouch();
      case "linear":
        return AttributionModel.linear();
      case "position":
        return AttributionModel.positionBased();
      case "time-decay":
        return AttributionModel.timeDecay(halfLife);
      case "markov":
        return MarkovAttribution.builder().order(order).build();
      case "shapley":
        return AttributionModel.shapleyCoalition();
      case "shapley-simplified":
        return AttributionModel.shapleySimplified();
      default:
        throw new BadInputException(
            "--model must be first, last, linear, position, time-decay, markov, shapley or"
                + " shapley-simplified, was '"
                + name
                + "'");
    }
  }
}
