package dev.cxkit.cli;

import dev.cxkit.journey.attribution.AttributionModel;
import dev.cxkit.journey.attribution.AttributionResult;
import dev.cxkit.journey.attribution.Lookback;
import dev.cxkit.journey.attribution.PathTableReader;
import dev.cxkit.journey.markov.OrderSelection;
import dev.cxkit.journey.markov.Repeats;
import dev.cxkit.journey.markov.StateConstruction;
import dev.cxkit.journey.paths.PathTable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options of {@code cx attribution} and of the report's {@code attribution} section: the path
 * table file and its layout, the models and their parameters.
 */
final class AttributionOptions {
  @Option(names = "--input", required = true, description = "The path table file.")
  Path input;

  @Option(
      names = "--model",
      split = ",",
      defaultValue = "markov",
      description =
          "first, last, linear, position, time-decay, markov, shapley, shapley-simplified,"
              + " w-shaped (with --milestone) or participation (not additive); several separated"
              + " by commas (default: ${DEFAULT-VALUE}).")
  List<String> models;

  @Option(
      names = "--order",
      defaultValue = "1",
      description =
          "Order of the Markov chain, or auto: the order of 1..--max-order with the largest"
              + " k-fold held-out log-likelihood, reported with ChannelAttribution's penalised ROC"
              + " AUC per order (default: ${DEFAULT-VALUE}).")
  String order;

  @Option(
      names = "--max-order",
      description = "With --order auto: the highest order compared (default: 4).")
  @Nullable Integer maxOrder;

  @Option(
      names = "--folds",
      defaultValue = "5",
      description = "With --order auto: folds of the held-out log-likelihood (default: 5).")
  int folds;

  @Option(
      names = "--order-seed",
      defaultValue = "1",
      description = "With --order auto: seed of the random folds (default: 1).")
  long orderSeed;

  /** The comparison of orders, once {@link #table()} ran with {@code --order auto}. */
  @Nullable OrderSelection selection;

  private int chosenOrder = -1;

  @Option(
      names = "--states",
      defaultValue = "windows",
      description =
          "States of a Markov chain of order 2 or more: windows (ChannelAttribution's: full"
              + " windows of k channels, a shorter path one state) or prefixes (the first k - 1"
              + " touches are states of their own); default: ${DEFAULT-VALUE}.")
  String states;

  @Option(
      names = "--milestone",
      description =
          "The milestone channel of --model w-shaped (for example the lead-creation touch): its"
              + " first touch on a path earns 30 percent, as do the first and the last touch.")
  @Nullable String milestone;

  @Option(
      names = "--half-life",
      defaultValue = "P7D",
      description = "Half-life of time decay: 7d, 36h or ISO-8601 (default: ${DEFAULT-VALUE}).")
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

  @Option(
      names = "--times-column",
      description =
          "Column of the touch times, one per touch separated like the path's (ISO-8601 with"
              + " offset, or dates); makes the table timed (time decay, --lookback).")
  @Nullable String timesColumn;

  @Option(
      names = "--end-column",
      description =
          "With --times-column: column of the time the row's journeys converted or ended"
              + " (default: the last touch).")
  @Nullable String endColumn;

  @Option(
      names = "--lookback",
      description =
          "Lookback window (GA4's rule): touches more than this before the conversion (or end)"
              + " get no credit; a journey with none left keeps its conversion on the step '"
              + Lookback.NONE_IN_LOOKBACK
              + "'. Needs --times-column. For example 30d.")
  @Nullable Duration lookback;

  /** What the lookback window removed, once {@link #table()} applied one. */
  Lookback.@Nullable Windowed windowed;

  /**
   * The path table of {@code --input} in the given layout, seen through {@code --lookback} when
   * given.
   */
  PathTable table() throws IOException {
    if (pathSeparator.isEmpty()) {
      throw new BadInputException("--path-separator must not be empty, was ''");
    }
    if (endColumn != null && timesColumn == null) {
      throw new BadInputException(
          "--end-column needs --times-column (the touch times), was --end-column " + endColumn);
    }
    Duration window = lookback;
    if (window != null && timesColumn == null) {
      throw new BadInputException(
          "--lookback needs --times-column (the touch times), was --lookback " + window);
    }
    boolean auto = order.strip().equals("auto");
    if (!auto && (maxOrder != null || folds != 5 || orderSeed != 1)) {
      throw new BadInputException(
          "--max-order, --folds and --order-seed need --order auto, was --order " + order);
    }
    PathTable table = read();
    if (window != null) {
      Lookback.Windowed w = Lookback.of(window).apply(table);
      windowed = w;
      table = w.table();
    }
    if (auto) {
      int max = maxOrder == null ? 4 : maxOrder;
      int longest = 0;
      for (int p = 0; p < table.pathCount(); p++) {
        longest = Math.max(longest, table.pathLength(p));
      }
      if (maxOrder == null) {
        max = Math.max(1, Math.min(max, longest));
      }
      if (max < 1 || max > longest) {
        throw new BadInputException(
            "--max-order must be from 1 to the longest path (" + longest + "), was " + max);
      }
      if (folds < 2 || folds > 100) {
        throw new BadInputException("--folds must be from 2 to 100, was " + folds);
      }
      OrderSelection s =
          OrderSelection.compare(table, construction(), Repeats.COLLAPSE, max, folds, orderSeed);
      selection = s;
      chosenOrder = s.chosen().order();
    } else {
      chosenOrder = fixedOrder();
    }
    return table;
  }

  private int fixedOrder() {
    try {
      return Integer.parseInt(order.strip());
    } catch (NumberFormatException e) {
      throw new BadInputException(
          "--order must be a whole number (the Markov order) or auto, was '" + order + "'");
    }
  }

  /** The Markov order: the one given, or the one {@code --order auto} chose in {@link #table()}. */
  int order() {
    if (chosenOrder < 0) {
      if (order.strip().equals("auto")) {
        throw new IllegalStateException("--order auto is resolved when the table is read");
      }
      return fixedOrder();
    }
    return chosenOrder;
  }

  private PathTable read() throws IOException {
    return PathTableReader.channelAttribution()
        .withTimeColumns(blankToNull(timesColumn), blankToNull(endColumn))
        .withDelimiter(delimiter)
        .withPathSeparator(pathSeparator)
        .withColumns(
            pathColumn,
            conversionsColumn,
            valueColumn.isEmpty() ? null : valueColumn,
            nullsColumn.isEmpty() ? null : nullsColumn)
        .read(input);
  }

  private static @Nullable String blankToNull(@Nullable String column) {
    if (column != null && column.isBlank()) {
      throw new BadInputException("a time column name must not be blank, was '" + column + "'");
    }
    return column;
  }

  /** The models' names as given, without surrounding blanks; a model named twice is an error. */
  List<String> modelNames() {
    List<String> names = models.stream().map(String::strip).toList();
    if (names.stream().distinct().count() != names.size()) {
      throw new BadInputException("--model names a model twice: " + String.join(",", names));
    }
    return names;
  }

  /** The Markov chain's state construction asked for. */
  StateConstruction construction() {
    return AttributionCommand.states(states);
  }

  /** The models asked for by name, in the order given. */
  Map<String, AttributionModel> models() {
    Map<String, AttributionModel> out = new LinkedHashMap<>();
    for (String name : modelNames()) {
      out.put(name, AttributionCommand.model(name, order(), construction(), halfLife, milestone));
    }
    return out;
  }

  /** Each model's credit of {@code table}, in the order given. */
  Map<String, AttributionResult> results(PathTable table) {
    Map<String, AttributionResult> out = new LinkedHashMap<>();
    for (Map.Entry<String, AttributionModel> e : models().entrySet()) {
      out.put(e.getKey(), e.getValue().attribute(table));
    }
    return out;
  }
}
