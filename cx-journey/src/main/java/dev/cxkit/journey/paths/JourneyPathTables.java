package dev.cxkit.journey.paths;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.Dictionary;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.internal.NameInterner;
import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * Turns journeys assembled by the journey engine into a timed {@link PathTable}, so that every
 * attribution model, time decay included, runs on them.
 *
 * <p>Each journey becomes one row with one timestamp per touch. A converted journey's touches are
 * its events before its first goal event (the goal itself and anything after it are not touches); a
 * journey that converts on its very first event has no touch before the goal and is credited to the
 * goal event's own channel (a direct conversion), so no journey is dropped. A journey that did not
 * convert contributes all its events as touches and one null. The path is built over a chosen
 * {@link Dimension} (channel by default). Timed tables are not aggregated (one row per journey). A
 * row's end time ({@link PathTable#endTime}) is the time of the goal event of a converted journey
 * and of the last event of another.
 *
 * <pre>{@code
 * Journeys js = JourneyAssembler.assemble(log, rules, TieBreak.ARRIVAL);
 * PathTable table = JourneyPathTables.of(js);
 * AttributionResult decay = AttributionModel.timeDecay(Duration.ofDays(7)).attribute(table);
 * MarkovResult markov = MarkovAttribution.builder().order(2).build().analyze(table);
 * }</pre>
 */
public final class JourneyPathTables {
  private JourneyPathTables() {}

  /** Channel paths, conversion value 0. */
  public static PathTable of(Journeys journeys) {
    return of(journeys, Dimension.CHANNEL, j -> 0.0);
  }

  /**
   * Paths over {@code dimension}; {@code conversionValue} gives the value of converted journey j
   * (finite, >= 0; not asked for journeys that did not convert).
   */
  public static PathTable of(
      Journeys journeys, Dimension dimension, IntToDoubleFunction conversionValue) {
    Dictionary names = dimension.dictionary(journeys.dictionaries());
    NameInterner channels = new NameInterner();
    int[] idMap = new int[names.size()];
    Arrays.fill(idMap, -1);
    PathStore store = new PathStore(true);
    int[] symbols = journeys.symbols(dimension);
    long[] times = journeys.times();
    int[] offsets = journeys.offsets();
    int[] ids = new int[16];
    long[] touchTimes = new long[16];
    for (int j = 0; j < journeys.count(); j++) {
      int start = offsets[j];
      int end = offsets[j + 1];
      boolean converted = journeys.converted(j);
      int touchEnd = converted ? start + journeys.conversionIndex(j) : end;
      if (converted && touchEnd == start) {
        touchEnd = start + 1; // converted on its first event: a direct conversion
      }
      int len = touchEnd - start;
      if (len == 0) {
        continue; // an empty journey has no event at all: nothing to attribute or count
      }
      if (ids.length < len) {
        ids = new int[Math.max(len, ids.length * 2)];
        touchTimes = new long[ids.length];
      }
      for (int i = 0; i < len; i++) {
        int symbol = symbols[start + i];
        int id = idMap[symbol];
        if (id < 0) {
          id = channels.intern(names.name(symbol));
          idMap[symbol] = id;
        }
        ids[i] = id;
        touchTimes[i] = times[start + i];
      }
      double value = 0;
      if (converted) {
        value = conversionValue.applyAsDouble(j);
        checkArgument(
            Double.isFinite(value) && value >= 0,
            "conversion value of journey %s must be finite and >= 0, was %s",
            (Integer) j,
            (Double) value);
      }
      long endTime = converted ? times[start + journeys.conversionIndex(j)] : times[end - 1];
      store.addTimed(ids, touchTimes, endTime, len, converted ? 1 : 0, value, converted ? 0 : 1);
    }
    return store.toTable(channels.names(), true);
  }
}
