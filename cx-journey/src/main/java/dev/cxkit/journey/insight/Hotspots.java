package dev.cxkit.journey.insight;

import static java.util.Objects.requireNonNull;

import dev.cxkit.metrics.stats.Wilson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Ranks pain-point hotspots among the designed steps, the touchpoints the map does not design and
 * the step-to-step transitions it does not design (loops back, jumps), as customers live them
 * rather than as the map draws them. Components per item: harm ({@code max(0, -effect)} when the
 * item's {@link MomentsOfTruth moment-of-truth} effect is clearly negative), drop-off (share of the
 * journeys with the item that end there without converting), negative emotion ({@code max(0, -mean
 * valence)} of the feedback observed at the item: the emotion and score columns of the event log,
 * each emotion and each score one response, a score counting {@code 2 * goodness - 1} on its scale;
 * or feedback given to {@link #rank(MomentsOfTruth, Map, HotspotWeights)}, which replaces the log's
 * for its items), repeats (share of its journeys with it twice or more), undesigned channel
 * switches (share of its events that came in another channel than the previous event where the map
 * does not design that change: the previous step leads to this one and each event is in a channel
 * the map designs for its step) and mean time to the next event. Each component is scaled by its
 * maximum over the items to [0, 1]; the score is the {@link HotspotWeights}-weighted mean.
 * Touchpoints and transitions count when at least {@code minJourneys} journeys (of the {@link
 * EffectOptions}) have them; steps when any journey reaches them.
 *
 * <pre>{@code
 * MomentsOfTruth mots = MomentsOfTruth.detect(journeys, matcher);
 * List<Hotspot> hot = Hotspots.rank(mots, Map.of(), HotspotWeights.standard());
 * hot.get(0).explain();
 * }</pre>
 */
public final class Hotspots {
  private static final int COMPONENTS = 6;

  private Hotspots() {}

  /** The standard weights and no feedback beyond the log's own emotion and score columns. */
  public static List<Hotspot> rank(MomentsOfTruth mots) {
    return rank(mots, Map.of(), HotspotWeights.standard());
  }

  /**
   * The hotspots, highest score first (ties by item).
   *
   * @param feedback mean valence per step id or touchpoint id (for example {@link
   *     StepFeedback#fromSurveys}), in place of the log's own for those items; items without
   *     feedback here or in the log get no emotion component
   * @throws IllegalArgumentException when a feedback key names neither a step nor a touchpoint
   */
  public static List<Hotspot> rank(
      MomentsOfTruth mots, Map<String, StepFeedback> feedback, HotspotWeights weights) {
    requireNonNull(mots, "mots");
    requireNonNull(feedback, "feedback");
    requireNonNull(weights, "weights");
    Evidence ev = mots.evidence;
    for (String key : feedback.keySet()) {
      boolean step = ev.map.step(key).isPresent();
      if (!step && !ev.js.dictionaries().touchpoints().contains(key)) {
        throw new IllegalArgumentException(
            "feedback key must name a step of map '"
                + ev.map.id()
                + "' or an observed touchpoint, was '"
                + key
                + "'");
      }
    }
    int min = mots.options().minJourneys();
    List<Row> rows = new ArrayList<>();
    for (int item = 0; item < ev.items; item++) {
      boolean isStep = item < ev.steps;
      if (isStep ? ev.reach[item] == 0 : !ev.unplanned[item - ev.steps] || ev.reach[item] < min) {
        continue;
      }
      Row r = new Row();
      r.item = ev.itemName(item);
      r.kind = isStep ? Hotspot.Kind.STEP : Hotspot.Kind.TOUCHPOINT;
      r.anchor = isStep ? Optional.of(r.item) : anchor(ev, item);
      r.reach = ev.reach[item];
      r.ended = ev.endedAt[item];
      r.trials = r.reach;
      r.raw[1] = (double) r.ended / r.reach;
      r.raw[3] = Math.min(1.0, (double) ev.repeated[item] / r.reach);
      r.raw[4] = ev.events[item] == 0 ? 0 : (double) ev.undesignedSwitches[item] / ev.events[item];
      r.raw[5] = ev.dwellCount[item] == 0 ? 0 : (double) ev.dwellSum[item] / ev.dwellCount[item];
      Optional<ExposureEffect> e = mots.effect(r.item);
      if (e.isPresent() && e.get().riskDifference().isPresent()) {
        r.effect = e.get().riskDifference();
        r.harmful = e.get().clear() && r.effect.getAsDouble() < 0;
        r.raw[0] = r.harmful ? -r.effect.getAsDouble() : 0;
      }
      StepFeedback f = feedback.get(r.item);
      if (f == null) {
        f = ev.feedback(item, mots.options().level());
      }
      if (f != null) {
        r.feedback = Optional.of(f);
        r.raw[2] = Math.max(0, -f.meanValence());
      }
      rows.add(r);
    }
    for (int from = 0; from < ev.steps; from++) {
      for (int to = 0; to < ev.steps; to++) {
        int t = from * ev.steps + to;
        if (ev.transitionReach[t] < min) {
          continue;
        }
        Row r = new Row();
        r.item = ev.itemName(from) + " -> " + ev.itemName(to);
        r.kind = Hotspot.Kind.TRANSITION;
        r.anchor = Optional.of(ev.itemName(from));
        r.reach = ev.transitionReach[t];
        r.ended = ev.transitionEnded[t];
        r.trials = ev.transitionEvents[t];
        r.raw[1] = (double) r.ended / r.trials;
        r.raw[3] = Math.min(1.0, (double) ev.transitionRepeated[t] / r.reach);
        r.raw[4] = (double) ev.transitionSwitches[t] / ev.transitionEvents[t];
        r.raw[5] = (double) ev.transitionDwellSum[t] / ev.transitionEvents[t];
        rows.add(r);
      }
    }
    double[] max = new double[COMPONENTS];
    for (Row r : rows) {
      for (int c = 0; c < COMPONENTS; c++) {
        max[c] = Math.max(max[c], r.raw[c]);
      }
    }
    double[] w = weights.asArray();
    List<Hotspot> out = new ArrayList<>();
    for (Row r : rows) {
      double score = 0;
      for (int c = 0; c < COMPONENTS; c++) {
        score += max[c] == 0 ? 0 : w[c] * r.raw[c] / max[c];
      }
      score = Math.min(1, score / weights.sum());
      out.add(
          new Hotspot(
              r.item,
              r.kind,
              r.anchor,
              score,
              r.reach,
              r.raw[1],
              Wilson.interval(r.ended, r.trials, mots.options().level()),
              r.feedback,
              r.raw[3],
              r.raw[4],
              r.raw[5],
              r.effect,
              r.harmful));
    }
    out.sort(Comparator.comparingDouble(Hotspot::score).reversed().thenComparing(Hotspot::item));
    return List.copyOf(out);
  }

  /** Where a touchpoint's first exposures happen most often (empty: before any step). */
  static Optional<String> anchor(Evidence ev, int item) {
    long[] at = ev.firstExposureAt[item];
    int best = 0;
    for (int s = 1; s < at.length; s++) {
      if (at[s] > at[best]) {
        best = s;
      }
    }
    if (Arrays.stream(at).sum() == 0 || best == ev.start) {
      return Optional.empty();
    }
    return Optional.of(ev.stateName(best));
  }

  private static final class Row {
    String item = "";
    Hotspot.Kind kind = Hotspot.Kind.STEP;
    Optional<String> anchor = Optional.empty();
    long reach;
    long ended;
    long trials;
    final double[] raw = new double[COMPONENTS];
    Optional<StepFeedback> feedback = Optional.empty();
    OptionalDouble effect = OptionalDouble.empty();
    boolean harmful;
  }
}
