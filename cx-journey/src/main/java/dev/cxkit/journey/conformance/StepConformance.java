package dev.cxkit.journey.conformance;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * Per designed step: how many journeys reached it (an event synchronised with it), skipped it,
 * repeated it, reached it out of order, or had it replaced by an unplanned touchpoint; each count
 * is of journeys (a journey counts once per kind). Also the mean time spent at the step (from its
 * event to the next event) and how many of its events came in a different channel than the event
 * before (a channel switch).
 *
 * <pre>{@code
 * StepConformance s = report.step("call-support");
 * s.skipRate();   // skipped / journeys
 * }</pre>
 *
 * @param stepId the step
 * @param journeys all journeys analysed
 * @param reached journeys with an event synchronised with the step
 * @param skipped journeys that skipped it
 * @param repeated journeys with its event more than once
 * @param outOfOrder journeys with its event out of order
 * @param replaced journeys where an unplanned touchpoint took its place
 * @param events events matched to the step (synchronised or not)
 * @param channelSwitches of those, events in another channel than the previous event
 * @param meanDwellMillis mean milliseconds from the step's events to the next event (0 if none)
 */
public record StepConformance(
    String stepId,
    long journeys,
    long reached,
    long skipped,
    long repeated,
    long outOfOrder,
    long replaced,
    long events,
    long channelSwitches,
    double meanDwellMillis) {

  /** Checks the fields. */
  public StepConformance {
    requireNonNull(stepId, "stepId");
    if (!Double.isFinite(meanDwellMillis) || meanDwellMillis < 0) {
      throw new IllegalArgumentException(
          "step '" + stepId + "' meanDwellMillis must be finite and >= 0, was " + meanDwellMillis);
    }
  }

  /** Share of journeys that skipped the step (0 when there are no journeys). */
  public double skipRate() {
    return journeys == 0 ? 0 : (double) skipped / journeys;
  }

  /** Share of the journeys reaching the step that repeat it. */
  public double repeatRate() {
    return reached == 0 ? 0 : Math.min(1.0, (double) repeated / reached);
  }

  /** Share of the step's events that switch channel. */
  public double channelSwitchRate() {
    return events == 0 ? 0 : (double) channelSwitches / events;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s: reached %d/%d, skipped %d, repeated %d, out of order %d, replaced %d,"
            + " switches %d/%d, dwell %.0f ms",
        stepId,
        reached,
        journeys,
        skipped,
        repeated,
        outOfOrder,
        replaced,
        channelSwitches,
        events,
        meanDwellMillis);
  }
}
