package dev.cxkit.cli;

import dev.cxkit.journey.attribution.AttributionResult;
import dev.cxkit.journey.attribution.MarkovAttribution;
import dev.cxkit.journey.attribution.MarkovResult;
import dev.cxkit.journey.paths.PathTable;
import dev.cxkit.render.Palette;
import dev.cxkit.render.chart.AttributionChart;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The report's attribution: the path table's totals and the conversions each model credits to each
 * channel, side by side, with the Markov removal effects when the Markov model is asked for.
 */
final class AttributionPart implements ReportPart {
  static final String HEADING = "Attribution: credit per channel";

  private final AttributionOptions options;

  AttributionPart(AttributionOptions options) {
    this.options = options;
  }

  @Override
  public List<String> headings() {
    return List.of(HEADING);
  }

  @Override
  public List<String> assumptions() {
    List<String> a = new ArrayList<>();
    a.add(
        "Attribution: every model shares out all observed conversions by its rule; the figures"
            + " are computed on the whole path table, so they carry no sampling interval.");
    if (options.modelNames().contains("participation")) {
      a.add(
          "Participation is not additive: each channel is credited with every conversion it took"
              + " part in, so its credits add up to more than the conversions.");
    }
    if (options.modelNames().contains("markov")) {
      a.add(
          String.format(
              Locale.ROOT,
              "Markov attribution: an order-%s chain of the paths%s; a channel's removal effect is"
                  + " the share of conversions lost when it is removed (exact absorbing"
                  + " probabilities).",
              options.order.strip(),
              options.order.strip().equals("auto")
                  ? " (the order with the largest k-fold held-out log-likelihood)"
                  : ""));
      a.add(Report.OBSERVATIONAL);
    }
    return a;
  }

  @Override
  public void write(ReportOutput out) throws IOException {
    PathTable table = options.table();
    out.section(HEADING);
    out.say(
        String.format(
            Locale.ROOT,
            "%s: %s, %s, %s worth %.2f, %s.",
            options.input.getFileName(),
            Plural.of(table.pathCount(), "path"),
            Plural.of(table.totalJourneys(), "journey"),
            Plural.of(table.totalConversions(), "conversion"),
            table.totalValue(),
            Plural.of(table.channelCount(), "channel")));
    Map<String, AttributionResult> results = new LinkedHashMap<>();
    MarkovResult markov = null;
    for (String m : options.modelNames()) {
      if (m.equals("markov")) {
        markov =
            MarkovAttribution.builder()
                .order(options.order())
                .states(options.construction())
                .build()
                .analyze(table);
        results.put(m, markov.attribution());
      } else {
        results.put(
            m,
            AttributionCommand.model(
                    m, options.order(), options.construction(), options.halfLife, options.milestone)
                .attribute(table));
      }
    }
    out.say(
        "Conversions credited per channel, model by model"
            + (markov != null ? ", and the Markov removal effect:" : ":"));
    out.show(table(table, results, markov));
    if (markov != null) {
      out.note(
          "Observational: a removal effect says how much the model's conversions depend on a"
              + " channel in these paths, not what removing it would do.");
    }
    out.figure(
        AttributionChart.of(
            "Conversions credited per channel",
            new ArrayList<>(results.values()),
            Palette.colourBlindSafe()));
  }

  private static Table table(
      PathTable table, Map<String, AttributionResult> results, @Nullable MarkovResult markov) {
    List<Column> cols = new ArrayList<>(List.of(Column.text("channel")));
    for (String m : results.keySet()) {
      cols.add(Column.amount(m.replace('-', '_')));
    }
    if (markov != null) {
      cols.add(Column.proportion("removal_effect"));
    }
    Table t = new Table(cols.toArray(new Column[0]));
    AttributionResult order =
        markov != null ? markov.attribution() : results.values().iterator().next();
    List<String> channels = new ArrayList<>(table.channels());
    channels.sort(
        Comparator.comparingDouble((String c) -> -order.conversions(c)).thenComparing(c -> c));
    for (String c : channels) {
      List<Object> row = new ArrayList<>(List.of(c));
      for (AttributionResult r : results.values()) {
        row.add(r.conversions(c));
      }
      if (markov != null) {
        row.add(markov.removalEffect(c));
      }
      t.row(row.toArray());
    }
    return t;
  }
}
