package dev.cxkit.journey.insight;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.conformance.StepMatcher;
import dev.cxkit.journey.events.Dictionary;
import dev.cxkit.journey.events.EventAttributes;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.map.Step;
import dev.cxkit.model.survey.Scale;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the moment-of-truth, hotspot and action analyses read from the journeys, in two passes over
 * the flat event arrays (no object per event). Items are the map's steps (ids {@code 0..S-1}) and
 * the log's touchpoints that match no step (ids {@code S + touchpoint}); states are the steps and
 * {@link #start} (before any designed step). The state of a journey after an event is the step of
 * the most recent event matching a step; an event matching the current step again is a repeat, not
 * a new arrival. Only events before the conversion event count as exposures.
 */
final class Evidence {
  /** Upper bounds (inclusive) of the touches-so-far buckets at the landmark. */
  static final int[] TOUCH_BUCKETS = {0, 1, 2, 3, 5, 8, 13, 21, Integer.MAX_VALUE};

  final Journeys js;
  final StepMatcher matcher;
  final JourneyMap map;
  final int steps;
  final int start;
  final int touchpoints;
  final int items;
  final int[] stepOfTouchpoint;
  final int[] stepOfChannel;
  final boolean[] unplanned;
  final int @Nullable [] segment; // per journey, -1 none
  final int segments;

  // pass 1, per item
  final long[][] firstExposureAt; // [item][state]
  final long[] reach; // journeys with the item (any event, before conversion or not)
  final long[] endedAt; // non-converted journeys whose last event is the item
  final long[] repeated; // journeys with the item twice or more
  final long[] events;
  final long[] undesignedSwitches;
  final long[] dwellSum;
  final long[] dwellCount;
  final long[] convertedReach;
  final boolean[] designedChannel; // [step * channels + channel]
  final int channels;
  final boolean[] designedWalk; // [from * steps + to]
  // undesigned step-to-step transitions, [from * steps + to]
  final long[] transitionReach;
  final long[] transitionRepeated;
  final long[] transitionEnded;
  final long[] transitionEvents;
  final long[] transitionSwitches;
  final long[] transitionDwellSum;
  // observed feedback (emotion and score columns as valence), per item; null without either column
  final double @Nullable [] feedbackSum;
  final double @Nullable [] feedbackSquares;
  final long @Nullable [] feedbackCount;
  long converted;

  Evidence(Journeys js, StepMatcher matcher, int @Nullable [] segmentOfJourney) {
    this.js = js;
    this.matcher = matcher;
    this.map = matcher.map();
    this.steps = map.steps().size();
    this.start = steps;
    Dictionary tps = js.dictionaries().touchpoints();
    Dictionary chs = js.dictionaries().channels();
    this.touchpoints = tps.size();
    this.channels = chs.size();
    this.items = steps + touchpoints;
    List<String> ids = map.steps().stream().map(Step::id).toList();
    stepOfTouchpoint = new int[touchpoints];
    unplanned = new boolean[touchpoints];
    for (int t = 0; t < touchpoints; t++) {
      List<String> m = matcher.steps(tps.name(t), "\u0000");
      stepOfTouchpoint[t] = m.isEmpty() ? -1 : ids.indexOf(m.get(0));
      unplanned[t] = m.isEmpty();
    }
    stepOfChannel = new int[channels];
    for (int c = 0; c < channels; c++) {
      List<String> m = matcher.usesChannels() ? matcher.steps("\u0000", chs.name(c)) : List.of();
      stepOfChannel[c] = m.isEmpty() ? -1 : ids.indexOf(m.get(0));
    }
    designedChannel = new boolean[steps * Math.max(1, channels)];
    for (int s = 0; s < steps; s++) {
      Step st = map.steps().get(s);
      for (String c : st.channelIds()) {
        if (chs.contains(c)) {
          designedChannel[s * channels + chs.id(c)] = true;
        }
      }
      for (String tp : st.touchpointIds()) {
        String ch = map.touchpoint(tp).map(t -> t.channel().id()).orElse(null);
        if (ch != null && chs.contains(ch)) {
          designedChannel[s * channels + chs.id(ch)] = true;
        }
      }
    }
    designedWalk = new boolean[steps * steps];
    for (int s = 0; s < steps; s++) {
      designedWalk[s * steps + s] = true;
      for (Step next : map.successors(ids.get(s))) {
        designedWalk[s * steps + ids.indexOf(next.id())] = true;
      }
    }
    int nj = js.count();
    if (segmentOfJourney != null && segmentOfJourney.length != nj) {
      throw new IllegalArgumentException(
          "segments must hold one entry per journey (" + nj + "), had " + segmentOfJourney.length);
    }
    this.segment = segmentOfJourney;
    int maxSeg = -1;
    if (segmentOfJourney != null) {
      for (int j = 0; j < nj; j++) {
        if (segmentOfJourney[j] < -1) {
          throw new IllegalArgumentException(
              "segment of journey "
                  + j
                  + " must be >= 0 (or -1 for none), was "
                  + segmentOfJourney[j]);
        }
        maxSeg = Math.max(maxSeg, segmentOfJourney[j]);
      }
    }
    this.segments = maxSeg + 2; // -1 maps to 0
    firstExposureAt = new long[items][steps + 1];
    reach = new long[items];
    endedAt = new long[items];
    repeated = new long[items];
    events = new long[items];
    undesignedSwitches = new long[items];
    dwellSum = new long[items];
    dwellCount = new long[items];
    convertedReach = new long[items];
    transitionReach = new long[steps * steps];
    transitionRepeated = new long[steps * steps];
    transitionEnded = new long[steps * steps];
    transitionEvents = new long[steps * steps];
    transitionSwitches = new long[steps * steps];
    transitionDwellSum = new long[steps * steps];
    boolean feedback = js.attributes().hasEmotion() || js.attributes().hasScore();
    feedbackSum = feedback ? new double[items] : null;
    feedbackSquares = feedback ? new double[items] : null;
    feedbackCount = feedback ? new long[items] : null;
    scan();
    if (feedback) {
      scanFeedback();
    }
  }

  /** The step an event matches, or -1. */
  int symbol(int event) {
    int s = stepOfTouchpoint[js.touchpoint(event)];
    return s >= 0 ? s : stepOfChannel[js.channel(event)];
  }

  /** The item of an event: its step, or its unplanned touchpoint. */
  int item(int event) {
    int s = symbol(event);
    return s >= 0 ? s : steps + js.touchpoint(event);
  }

  int limit(int j) {
    int c = js.conversionIndex(j);
    return c >= 0 ? c : js.length(j);
  }

  int stratum(int j, int touches) {
    int b = 0;
    while (touches > TOUCH_BUCKETS[b]) {
      b++;
    }
    int[] sg = segment;
    int s = sg == null ? 0 : sg[j] + 1;
    return b * segments + s;
  }

  int strata() {
    return TOUCH_BUCKETS.length * segments;
  }

  String itemName(int item) {
    return item < steps
        ? map.steps().get(item).id()
        : js.dictionaries().touchpoints().name(item - steps);
  }

  String stateName(int state) {
    return state == start ? "(start)" : map.steps().get(state).id();
  }

  private void scan() {
    int nj = js.count();
    int[] seen = new int[items];
    int[] count = new int[items];
    Arrays.fill(seen, -1);
    int[] seenT = new int[steps * steps];
    int[] countT = new int[steps * steps];
    Arrays.fill(seenT, -1);
    for (int j = 0; j < nj; j++) {
      int from = js.start(j);
      int n = js.length(j);
      int lim = limit(j);
      boolean conv = js.converted(j);
      if (conv) {
        converted++;
      }
      int state = start;
      int prevStep = -1;
      int stepChannel = -1; // channel of the most recent step event
      for (int i = 0; i < n; i++) {
        int ev = from + i;
        int sym = symbol(ev);
        int it = sym >= 0 ? sym : steps + js.touchpoint(ev);
        if (seen[it] != j) {
          seen[it] = j;
          count[it] = 0;
          reach[it]++;
          if (conv) {
            convertedReach[it]++;
          }
        }
        boolean entry = sym < 0 || sym != state;
        if (i < lim && count[it] == 0 && entry) {
          firstExposureAt[it][state]++;
        }
        count[it]++;
        if (count[it] == 2) {
          repeated[it]++;
        }
        events[it]++;
        if (undesignedSwitch(i, ev, sym, prevStep, state, stepChannel)) {
          undesignedSwitches[it]++;
        }
        if (i + 1 < n) {
          dwellSum[it] += js.time(ev + 1) - js.time(ev);
          dwellCount[it]++;
        } else if (!conv) {
          endedAt[it]++;
        }
        if (sym >= 0 && state != start && sym != state && !designedWalk[state * steps + sym]) {
          int t = state * steps + sym;
          if (seenT[t] != j) {
            seenT[t] = j;
            countT[t] = 0;
            transitionReach[t]++;
          }
          if (++countT[t] == 2) {
            transitionRepeated[t]++;
          }
          transitionEvents[t]++;
          if (undesignedSwitch(i, ev, sym, prevStep, state, stepChannel)) {
            transitionSwitches[t]++;
          }
          if (i > 0) {
            transitionDwellSum[t] += js.time(ev) - js.time(ev - 1);
          }
          if (i + 1 == n && !conv) {
            transitionEnded[t]++;
          }
        }
        if (sym >= 0) {
          state = sym;
          stepChannel = js.channel(ev);
        }
        prevStep = sym;
      }
    }
  }

  /**
   * Every emotion (valence in [-1, 1]) and every score ({@code 2 * goodness - 1} on its scale) of
   * every event, to the event's item.
   */
  private void scanFeedback() {
    double[] sum = java.util.Objects.requireNonNull(feedbackSum);
    double[] squares = java.util.Objects.requireNonNull(feedbackSquares);
    long[] count = java.util.Objects.requireNonNull(feedbackCount);
    EventAttributes a = js.attributes();
    Scale scale = a.scoreScale().orElse(null);
    for (int e = 0; e < js.eventCount(); e++) {
      int it = item(e);
      double v = a.emotion(e);
      if (!Double.isNaN(v)) {
        sum[it] += v;
        squares[it] += v * v;
        count[it]++;
      }
      double x = a.score(e);
      if (scale != null && !Double.isNaN(x)) {
        double g = 2 * scale.goodness((int) x) - 1;
        sum[it] += g;
        squares[it] += g * g;
        count[it]++;
      }
    }
  }

  /** The observed feedback of an item, if the log has emotion or score columns and it has some. */
  @Nullable StepFeedback feedback(int item, double level) {
    long[] count = feedbackCount;
    if (count == null || count[item] == 0) {
      return null;
    }
    return StepFeedback.of(
        itemName(item),
        java.util.Objects.requireNonNull(feedbackSum)[item],
        java.util.Objects.requireNonNull(feedbackSquares)[item],
        count[item],
        level);
  }

  /**
   * Whether event {@code ev} (position {@code i}) comes in another channel than the event before
   * where the map does not design that change. Into an unplanned touchpoint every change counts.
   * Into a step event after an unplanned one, the step is compared with the most recent step event
   * (the unplanned touchpoint already counted its own change). A change between two step events is
   * designed when the map leads from the one step to the other (or it is the same step) and each
   * event is in a channel the map designs for its step.
   */
  private boolean undesignedSwitch(
      int i, int ev, int sym, int prevStep, int state, int stepChannel) {
    if (i == 0) {
      return false;
    }
    int ch = js.channel(ev);
    if (sym < 0) {
      return ch != js.channel(ev - 1);
    }
    int from = prevStep >= 0 ? prevStep : state == start ? -1 : state;
    int fromChannel = prevStep >= 0 ? js.channel(ev - 1) : stepChannel;
    if (from < 0 || fromChannel < 0 || ch == fromChannel) {
      return false;
    }
    return !(designedWalk[from * steps + sym]
        && designedChannel[from * channels + fromChannel]
        && designedChannel[sym * channels + ch]);
  }
}
