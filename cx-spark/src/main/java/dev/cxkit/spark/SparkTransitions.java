package dev.cxkit.spark;

import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.events.EventDictionaries;
import dev.cxkit.journey.markov.StateConstruction;
import dev.cxkit.journey.markov.TransitionCounts;
import dev.cxkit.journey.paths.PathOptions;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;

/**
 * Order-k transition counts of journeys in Spark: each partition feeds its journeys to one of
 * cx-journey's own {@link TransitionCounts}, the counts travel to the driver in their wire form
 * ({@link TransitionCounts#toBytes()}, step names rather than ids) and are merged there with {@link
 * TransitionCounts#addAll}, partition by partition. The merged counts are cx-journey's counts of
 * all the journeys: their {@link TransitionCounts#chain() chain} is what the Markov core, what-if
 * and insights take, solved on the driver (the chain is small even when the data are not).
 *
 * <pre>{@code
 * TransitionCounts counts = SparkTransitions.counts(table.journeys(),
 *     PathOptions.of(Dimension.TOUCHPOINT), 1, StateConstruction.PREFIXES);
 * MarkovChain chain = counts.chain();
 * WhatIfResult r = WhatIf.of(chain).journeys(counts.n()).evaluate(Change.reduceDropOff("cart", 0.2));
 * }</pre>
 */
public final class SparkTransitions {
  private SparkTransitions() {}

  /**
   * The transition counts of {@code journeys} over the steps {@code options} choose, merged on the
   * driver into counts over {@code dictionaries} (names interned there as the counts arrive).
   *
   * @throws IllegalArgumentException for an order outside 1..{@value TransitionCounts#MAX_ORDER}
   */
  public static TransitionCounts counts(
      Dataset<JourneyRow> journeys,
      PathOptions options,
      int order,
      StateConstruction states,
      EventDictionaries dictionaries) {
    // validates order and states on the driver, before any task runs
    TransitionCounts merged = TransitionCounts.create(dictionaries, options, order, states);
    Iterator<byte[]> parts =
        journeys
            .mapPartitions(
                new CountPartition(options.dimension(), options.collapseRepeats(), order, states),
                Encoders.BINARY())
            .toLocalIterator();
    while (parts.hasNext()) {
      merged.addAll(TransitionCounts.fromBytes(parts.next(), dictionaries));
    }
    return merged;
  }

  /**
   * {@link #counts(Dataset, PathOptions, int, StateConstruction, EventDictionaries)} over new
   * dictionaries.
   */
  public static TransitionCounts counts(
      Dataset<JourneyRow> journeys, PathOptions options, int order, StateConstruction states) {
    return counts(journeys, options, order, states, new EventDictionaries());
  }

  /** One partition's journeys counted by cx-journey, out as one wire-form record. */
  static final class CountPartition implements MapPartitionsFunction<JourneyRow, byte[]> {
    private static final long serialVersionUID = 1L;
    private final Dimension dimension;
    private final boolean collapseRepeats;
    private final int order;
    private final StateConstruction states;

    CountPartition(
        Dimension dimension, boolean collapseRepeats, int order, StateConstruction states) {
      this.dimension = dimension;
      this.collapseRepeats = collapseRepeats;
      this.order = order;
      this.states = states;
    }

    @Override
    public Iterator<byte[]> call(Iterator<JourneyRow> in) {
      EventDictionaries dict = new EventDictionaries();
      PathOptions options = PathOptions.of(dimension);
      if (collapseRepeats) {
        options = options.collapsingRepeats();
      }
      TransitionCounts counts = TransitionCounts.create(dict, options, order, states);
      SparkPaths.RowView view = new SparkPaths.RowView(dict);
      while (in.hasNext()) {
        counts.journey(view.of(in.next()));
      }
      return List.of(counts.toBytes()).iterator();
    }
  }
}
