package dev.cxkit.journey.insight;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.EventAttributes;
import dev.cxkit.journey.events.EventDictionaries;

/**
 * The segment of each journey, read from the {@code segment} attribute of its events: the one
 * segment its events carry (events without one do not count), or -1 when none does. The one
 * definition behind {@link SegmentConversions} and the segment strata of {@link MomentsOfTruth}.
 */
final class JourneySegments {
  private JourneySegments() {}

  /**
   * Per journey (index = journey index) the segment id in {@link EventDictionaries#segments()}, or
   * -1 when no event of the journey carries one.
   *
   * @throws IllegalArgumentException when the journeys carry no segment attribute, or when the
   *     events of one journey carry two different segments (naming the customer, both values and
   *     the rule)
   */
  static int[] of(Journeys journeys) {
    EventAttributes a = journeys.attributes();
    if (!a.hasSegment()) {
      throw new IllegalArgumentException(
          "journeys must carry a segment attribute (read the events with a segment column), had"
              + " none");
    }
    EventDictionaries d = journeys.dictionaries();
    int[] out = new int[journeys.count()];
    for (int j = 0; j < out.length; j++) {
      int s = -1;
      int first = -1;
      for (int i = journeys.start(j); i < journeys.end(j); i++) {
        int e = a.segment(i);
        if (e < 0) {
          continue;
        }
        if (s < 0) {
          s = e;
          first = i;
        } else if (e != s) {
          throw new IllegalArgumentException(
              "segment of the journey of customer '"
                  + d.customers().name(journeys.customer(j))
                  + "' must be one value, was '"
                  + d.segments().name(s)
                  + "' at its event "
                  + (first - journeys.start(j) + 1)
                  + " and '"
                  + d.segments().name(e)
                  + "' at its event "
                  + (i - journeys.start(j) + 1)
                  + "; rule: a segment or persona describes the customer for the whole journey"
                  + " (it is history before every exposure), so it may not change within one");
        }
      }
      out[j] = s;
    }
    return out;
  }
}
