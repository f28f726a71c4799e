package dev.cxkit.journey.attribution;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.journey.paths.PathTable;
import dev.cxkit.model.internal.ExactMath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A lookback window: touches that happened more than a given time before their journey's end are
 * not eligible for credit. This is the rule of Google Analytics 4 ("the lookback window determines
 * how far back in time a touchpoint is eligible for attribution credit", Google Analytics Help, <a
 * href="https://support.google.com/analytics/answer/10597962">[GA4] Select attribution
 * settings</a>: 30 days for acquisition events, 90 for others by default) and of Adobe's lookback
 * windows.
 *
 * <p>The rule, exactly: a touch at time {@code t} of a path whose journeys ended at {@code end}
 * ({@link PathTable#endTime}: the conversion of a converting journey, the last event of another) is
 * kept when {@code end - t <= window}, the boundary included. The window is applied to the
 * non-converting journeys as well (counting back from their end), so that models that compare
 * converting and non-converting journeys (Markov, coalition Shapley) see both through the same
 * window. A journey none of whose touches falls inside keeps its conversions, value and nulls on
 * the one step {@value #NONE_IN_LOOKBACK} (timed at its end): conversions are never dropped, and a
 * model credits that step with what the window left without a touch. Channels touched only outside
 * the window are absent from the result.
 *
 * <pre>{@code
 * PathTable timed = PathTableReader.channelAttribution().withTimeColumns("times", "end").read(file);
 * Lookback.Windowed w = Lookback.of(Duration.ofDays(30)).apply(timed);
 * AttributionResult linear = AttributionModel.linear().attribute(w.table());
 * }</pre>
 */
public final class Lookback {
  /** The step that carries the journeys without a touch inside the window. */
  public static final String NONE_IN_LOOKBACK = "(none in lookback)";

  private final Duration window;
  private final long windowMillis;

  private Lookback(Duration window) {
    this.window = window;
    this.windowMillis = window.toMillis();
  }

  /**
   * A lookback window of {@code window}.
   *
   * @throws IllegalArgumentException when {@code window} is negative
   */
  public static Lookback of(Duration window) {
    checkNotNull(window, "window");
    checkArgument(
        !window.isNegative(),
        "lookback must be >= 0 (touches at most this long before the conversion count), was %s",
        window);
    checkArgument(
        window.compareTo(Duration.ofMillis(Long.MAX_VALUE)) <= 0,
        "lookback must be at most %s ms, was %s",
        Long.MAX_VALUE,
        window);
    return new Lookback(window);
  }

  /** The window. */
  public Duration window() {
    return window;
  }

  /**
   * The table seen through this window: every path keeps its touches inside it (with their times),
   * its end time and its counts.
   *
   * @throws IllegalArgumentException when the table has no touch times, or already has a channel
   *     named {@value #NONE_IN_LOOKBACK}
   */
  public Windowed apply(PathTable table) {
    checkArgument(
        table.hasTouchTimes(),
        "table must have touch times for a lookback window (a times column), was %s",
        table);
    checkArgument(
        !table.channels().contains(NONE_IN_LOOKBACK),
        "table must not have a channel named '%s' (the lookback's own step), was %s",
        NONE_IN_LOOKBACK,
        table.channels());
    PathTable.Builder b = PathTable.builder();
    if (!table.hasNulls()) {
      b.withoutNullColumn();
    }
    long dropped = 0;
    long emptied = 0;
    long emptiedConversions = 0;
    List<String> path = new ArrayList<>();
    List<Instant> times = new ArrayList<>();
    for (int p = 0; p < table.pathCount(); p++) {
      long end = table.endTime(p);
      long from = end < Long.MIN_VALUE + windowMillis ? Long.MIN_VALUE : end - windowMillis;
      int len = table.pathLength(p);
      path.clear();
      times.clear();
      for (int i = 0; i < len; i++) {
        long t = table.touchTime(p, i);
        if (t >= from) { // end - t <= window, without overflow
          path.add(table.channel(table.touch(p, i)));
          times.add(Instant.ofEpochMilli(t));
        } else {
          dropped++;
        }
      }
      long journeys = ExactMath.add("journeys", table.conversions(p), table.nulls(p));
      if (path.isEmpty()) {
        path.add(NONE_IN_LOOKBACK);
        times.add(Instant.ofEpochMilli(end));
        emptied = ExactMath.add("journeys without a touch", emptied, journeys);
        emptiedConversions =
            ExactMath.add("conversions without a touch", emptiedConversions, table.conversions(p));
      }
      b.addTimed(
          path,
          times,
          Instant.ofEpochMilli(end),
          table.conversions(p),
          table.value(p),
          table.nulls(p));
    }
    return new Windowed(this, b.build(), dropped, emptied, emptiedConversions);
  }

  @Override
  public String toString() {
    return "Lookback[" + window + "]";
  }

  /**
   * A table seen through a lookback window, with what the window removed.
   *
   * @param lookback the window applied
   * @param table the table with the touches inside the window
   * @param touchesOutside touches of the distinct paths that fell outside the window
   * @param journeysWithoutTouch journeys (converting or not) none of whose touches fell inside, now
   *     on the step {@value Lookback#NONE_IN_LOOKBACK}
   * @param conversionsWithoutTouch conversions among them
   */
  public record Windowed(
      Lookback lookback,
      PathTable table,
      long touchesOutside,
      long journeysWithoutTouch,
      long conversionsWithoutTouch) {
    /** Checks the counts. */
    public Windowed {
      checkNotNull(lookback, "lookback");
      checkNotNull(table, "table");
      checkArgument(touchesOutside >= 0, "touchesOutside must be >= 0, was %s", touchesOutside);
      checkArgument(
          conversionsWithoutTouch >= 0 && conversionsWithoutTouch <= journeysWithoutTouch,
          "conversionsWithoutTouch must be in [0, journeysWithoutTouch %s], was %s",
          journeysWithoutTouch,
          conversionsWithoutTouch);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "Windowed[%s, %d touches outside, %d journeys (%d conversions) without a touch, %s]",
          lookback.window(),
          touchesOutside,
          journeysWithoutTouch,
          conversionsWithoutTouch,
          table);
    }
  }
}
