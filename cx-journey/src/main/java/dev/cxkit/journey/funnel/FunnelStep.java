package dev.cxkit.journey.funnel;

import dev.cxkit.journey.assembly.Distribution;
import dev.cxkit.metrics.stats.Interval;
import java.util.Locale;

/**
 * The figures of one funnel step. Rates with a zero denominator are 0 with the interval [0, 1].
 *
 * <pre>{@code
 * FunnelStep cart = result.steps().get(1);
 * cart.conversionFromPrevious();   // share of step-1 journeys that reached the cart
 * cart.fromPreviousInterval();     // its 95% Wilson interval
 * cart.timeFromStart().median();    // median milliseconds from the first step to the cart
 * }</pre>
 *
 * @param name the checkpoint name
 * @param reached journeys reaching this step
 * @param droppedOff journeys reaching the previous step (all journeys for the first) but not this
 * @param conversionFromPrevious reached over the previous step's reached (all journeys for the
 *     first step)
 * @param fromPreviousInterval Wilson interval of {@code conversionFromPrevious}
 * @param conversionFromStart reached over the first step's reached
 * @param fromStartInterval Wilson interval of {@code conversionFromStart}
 * @param timeFromPrevious milliseconds from the previous step (empty for the first step)
 * @param timeFromStart milliseconds from the first step: the time to convert to this step, with its
 *     median and percentiles (empty for the first step)
 */
public record FunnelStep(
    String name,
    long reached,
    long droppedOff,
    double conversionFromPrevious,
    Interval fromPreviousInterval,
    double conversionFromStart,
    Interval fromStartInterval,
    Distribution timeFromPrevious,
    Distribution timeFromStart) {

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s: reached %d, dropped %d, from previous %.4f %s, from start %.4f",
        name,
        reached,
        droppedOff,
        conversionFromPrevious,
        fromPreviousInterval,
        conversionFromStart);
  }
}
