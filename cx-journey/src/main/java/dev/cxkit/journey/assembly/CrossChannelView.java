package dev.cxkit.journey.assembly;

import dev.cxkit.journey.internal.Growth;
import java.util.Arrays;

/**
 * The cross-channel view of journeys, accumulated as a {@link JourneySink}: the channel sequence of
 * a journey (consecutive touches in one channel collapsed), channel switches (a touch in another
 * channel than the previous touch: a hand-over between channels or departments), repeat contacts (a
 * touch at a touchpoint the customer already used in the same journey: contacting again for the
 * same need) and the time between consecutive touches.
 *
 * {@snippet class=dev.cxkit.journey.assembly.SnippetsTest region=crossChannelView}
 */
public final class CrossChannelView implements JourneySink {
  private long journeys;
  private long events;
  private long multiChannelJourneys;
  private long switches;
  private long repeatContacts;
  private long journeysWithRepeat;
  private long[] gaps = new long[1024];
  private int gapCount;
  private int[] seenInJourney = new int[64];
  private int stamp;

  /** An empty view. */
  public CrossChannelView() {}

  /** The channel ids of {@code j} with consecutive repeats collapsed. */
  public static int[] channelSequence(JourneyView j) {
    int[] out = new int[j.length()];
    int n = 0;
    for (int i = 0; i < j.length(); i++) {
      int c = j.channel(i);
      if (n == 0 || out[n - 1] != c) {
        out[n++] = c;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** Number of touches of {@code j} in another channel than the touch before. */
  public static int channelSwitches(JourneyView j) {
    int s = 0;
    for (int i = 1; i < j.length(); i++) {
      if (j.channel(i) != j.channel(i - 1)) {
        s++;
      }
    }
    return s;
  }

  @Override
  public void journey(JourneyView j) {
    journeys++;
    int len = j.length();
    events += len;
    int sw = channelSwitches(j);
    switches += sw;
    if (sw > 0) {
      multiChannelJourneys++;
    }
    stamp++;
    int repeats = 0;
    for (int i = 0; i < len; i++) {
      int tp = j.touchpoint(i);
      if (tp >= seenInJourney.length) {
        seenInJourney = Growth.ensure(seenInJourney, tp + 1);
      }
      if (seenInJourney[tp] == stamp) {
        repeats++;
      } else {
        seenInJourney[tp] = stamp;
      }
      if (i > 0) {
        gaps = Growth.ensure(gaps, gapCount + 1);
        gaps[gapCount++] = j.time(i) - j.time(i - 1);
      }
    }
    repeatContacts += repeats;
    if (repeats > 0) {
      journeysWithRepeat++;
    }
  }

  /** The figures so far. */
  public Summary summary() {
    return new Summary(
        journeys,
        events,
        multiChannelJourneys,
        switches,
        repeatContacts,
        journeysWithRepeat,
        Distribution.of(gaps, gapCount));
  }

  @Override
  public String toString() {
    return summary().toString();
  }

  /**
   * Cross-channel figures.
   *
   * @param journeys journeys seen
   * @param events touches seen
   * @param multiChannelJourneys journeys with at least one channel switch
   * @param channelSwitches total channel switches
   * @param repeatContacts total touches at a touchpoint already used in the same journey
   * @param journeysWithRepeat journeys with at least one repeat contact
   * @param timeBetweenTouches milliseconds between consecutive touches within journeys
   */
  public record Summary(
      long journeys,
      long events,
      long multiChannelJourneys,
      long channelSwitches,
      long repeatContacts,
      long journeysWithRepeat,
      Distribution timeBetweenTouches) {

    /** Mean channel switches per journey (0 without journeys). */
    public double switchesPerJourney() {
      return journeys == 0 ? 0.0 : (double) channelSwitches / journeys;
    }

    /** Share of journeys with a repeat contact (0 without journeys). */
    public double repeatContactRate() {
      return journeys == 0 ? 0.0 : (double) journeysWithRepeat / journeys;
    }
  }
}
