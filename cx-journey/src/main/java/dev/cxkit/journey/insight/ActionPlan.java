package dev.cxkit.journey.insight;

import static java.util.Objects.requireNonNull;

import dev.cxkit.model.map.PainPoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.IntToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * The prioritised "needle move" plan, with actions only where the evidence supports one:
 *
 * <ul>
 *   <li><b>Extend</b> a clear positive moment of truth (a step or touchpoint whose {@link
 *       MomentsOfTruth} effect is clear and positive): what if the journeys at risk at its landmark
 *       that lacked it received it; expected extra conversions {@code effect x those journeys},
 *       value at stake their sum times the value per conversion.
 *   <li><b>Fix</b> a clear negative one (harm): what if the exposed journeys fared as the not
 *       exposed; extra conversions {@code -effect x exposed journeys}.
 *   <li><b>Fix</b> a designed step whose drop-off is a pain point (its Wilson interval lies above
 *       the median drop-off of the map's steps that lead on): the what-if of reducing its drop-off
 *       by a given fraction (default 20 %) in the journey Markov chain, over all journeys; its
 *       designed pain points are listed as evidence.
 * </ul>
 *
 * <p>A candidate without a clear effect gets no action, so a touchpoint that changes nothing is
 * never proposed. Values are observational estimates, not promises. Value per conversion is one
 * number, or per journey (for example a customer's CLV from cx-metrics for the journey's customer).
 *
 * <pre>{@code
 * ActionPlan plan = ActionPlan.build(mots, Hotspots.rank(mots), 120.0, 0.2);
 * plan.actions().forEach(a -> System.out.println(a.explain()));
 * }</pre>
 */
public final class ActionPlan {
  private final List<Action> actions;

  private ActionPlan(List<Action> actions) {
    this.actions = List.copyOf(actions);
  }

  /**
   * The plan at one value per conversion.
   *
   * @param dropOffReduction the relative drop-off reduction evaluated at pain-point steps, in (0,
   *     1]
   */
  public static ActionPlan build(
      MomentsOfTruth mots,
      List<Hotspot> hotspots,
      double valuePerConversion,
      double dropOffReduction) {
    if (!Double.isFinite(valuePerConversion)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "valuePerConversion must be finite, was %s", valuePerConversion));
    }
    // a value at stake never exceeds the value of every journey (issue 14: 1e308 gave Infinity)
    if (!Double.isFinite(valuePerConversion * mots.journeys())) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "valuePerConversion x journeys must stay within the double range (about 1.8e308),"
                  + " was %s x %s",
              valuePerConversion,
              mots.journeys()));
    }
    return build(mots, hotspots, null, valuePerConversion, dropOffReduction);
  }

  /**
   * The plan with a value per journey (index into the journeys analysed), for example the CLV of
   * the journey's customer.
   *
   * @throws IllegalArgumentException when a value is not finite, naming the journey
   */
  public static ActionPlan build(
      MomentsOfTruth mots,
      List<Hotspot> hotspots,
      IntToDoubleFunction valueOfJourney,
      double dropOffReduction) {
    requireNonNull(valueOfJourney, "valueOfJourney");
    return build(mots, hotspots, valueOfJourney, Double.NaN, dropOffReduction);
  }

  private static ActionPlan build(
      MomentsOfTruth mots,
      List<Hotspot> hotspots,
      @Nullable IntToDoubleFunction valueOfJourney,
      double value,
      double dropOffReduction) {
    requireNonNull(mots, "mots");
    requireNonNull(hotspots, "hotspots");
    if (!(dropOffReduction > 0 && dropOffReduction <= 1)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "dropOffReduction must be in (0, 1], was %s", dropOffReduction));
    }
    Evidence ev = mots.evidence;
    int nj = ev.js.count();
    double[] perJourney = null;
    double total = value * nj;
    if (valueOfJourney != null) {
      perJourney = new double[nj];
      total = 0;
      for (int j = 0; j < nj; j++) {
        double v = valueOfJourney.applyAsDouble(j);
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException(
              String.format(Locale.ROOT, "value of journey %d must be finite, was %s", j, v));
        }
        perJourney[j] = v;
        total += v;
      }
    }
    List<Action> out = new ArrayList<>();
    List<Integer> effectIdx = new ArrayList<>();
    List<ExposureEffect> effects = new ArrayList<>();
    for (int c = 0; c < mots.trials.candidates.length; c++) {
      ExposureEffect e = mots.effect(ev.itemName(mots.trials.candidates[c])).orElseThrow();
      if (e.clear()) {
        effectIdx.add(c);
        effects.add(e);
      }
    }
    double[][] armValues = armValues(mots, effectIdx, perJourney, value);
    for (int k = 0; k < effects.size(); k++) {
      ExposureEffect e = effects.get(k);
      double rd = e.riskDifference().orElseThrow();
      boolean extend = rd > 0;
      long reach = extend ? e.unexposed() : e.exposed();
      double armValue = armValues[k][extend ? 1 : 0];
      List<String> evidence = new ArrayList<>();
      evidence.add(
          String.format(
              Locale.ROOT,
              "conversion %.1f %% exposed (n=%d) vs %.1f %% not (n=%d) at '%s': %+.1f pp (%+.1f"
                  + " to %+.1f), observational",
              100 * e.exposedRate(),
              e.exposed(),
              100 * e.unexposedRate(),
              e.unexposed(),
              e.landmark(),
              100 * rd,
              100 * e.interval().orElseThrow().lower(),
              100 * e.interval().orElseThrow().upper()));
      e.chainEffect()
          .ifPresent(
              d ->
                  evidence.add(
                      String.format(
                          Locale.ROOT, "Markov chain forced exposure %+.1f pp", 100 * d)));
      String change =
          extend
              ? String.format(
                  Locale.ROOT,
                  "the %d journeys at '%s' without '%s' receive it",
                  reach,
                  e.landmark(),
                  e.candidate())
              : String.format(
                  Locale.ROOT,
                  "the %d journeys exposed to '%s' at '%s' fare as those not exposed",
                  reach,
                  e.candidate(),
                  e.landmark());
      double width = e.interval().orElseThrow().width();
      long arm = Math.min(e.exposed(), e.unexposed());
      out.add(
          new Action(
              0,
              extend ? Action.Kind.EXTEND : Action.Kind.FIX,
              e.candidate(),
              change,
              evidence,
              reach,
              Math.abs(rd) * reach,
              Math.abs(rd) * armValue,
              confidence(arm, width)));
    }
    // pain-point steps by drop-off: above the median drop-off of the steps journeys leave from
    double pooled = typicalDropOff(ev);
    for (Hotspot h : hotspots) {
      if (h.kind() != Hotspot.Kind.STEP || h.dropOffInterval().lower() <= pooled) {
        continue;
      }
      int item = ev.map.steps().indexOf(ev.map.step(h.item()).orElseThrow());
      OptionalDouble gain = mots.chain.reduceDropOff(item, dropOffReduction);
      if (gain.isEmpty() || gain.getAsDouble() <= 0) {
        continue;
      }
      List<String> evidence = new ArrayList<>();
      evidence.add(
          String.format(
              Locale.ROOT,
              "drop-off %.1f %% (%.1f-%.1f %%) against a median %.1f %% at the map's steps",
              100 * h.dropOff(),
              100 * h.dropOffInterval().lower(),
              100 * h.dropOffInterval().upper(),
              100 * pooled));
      if (h.repeatRate() > 0) {
        evidence.add(String.format(Locale.ROOT, "repeated by %.1f %%", 100 * h.repeatRate()));
      }
      if (h.channelSwitchRate() > 0) {
        evidence.add(
            String.format(
                Locale.ROOT, "undesigned channel switch %.1f %%", 100 * h.channelSwitchRate()));
      }
      h.meanValence().ifPresent(v -> evidence.add(String.format(Locale.ROOT, "valence %+.2f", v)));
      for (PainPoint p : ev.map.steps().get(item).painPoints()) {
        evidence.add("designed pain point: " + p.description() + " (" + p.severity() + ")");
      }
      double g = gain.getAsDouble();
      out.add(
          new Action(
              0,
              Action.Kind.FIX,
              h.item(),
              String.format(
                  Locale.ROOT,
                  "%s: drop-off -%.0f %% (Markov chain what-if)",
                  h.item(),
                  100 * dropOffReduction),
              evidence,
              nj,
              g * nj,
              g * total,
              confidence(h.reach(), h.dropOffInterval().width())));
    }
    out.sort(
        Comparator.comparingDouble((Action a) -> -a.valueAtStake()).thenComparing(Action::target));
    List<Action> ranked = new ArrayList<>();
    for (Action a : out) {
      ranked.add(
          new Action(
              ranked.size() + 1,
              a.kind(),
              a.target(),
              a.change(),
              a.evidence(),
              a.reach(),
              a.conversionChange(),
              a.valueAtStake(),
              a.confidence()));
    }
    return new ActionPlan(ranked);
  }

  /** The median drop-off share of the steps journeys reach that are not end steps. */
  static double typicalDropOff(Evidence ev) {
    double[] d = new double[ev.steps];
    int k = 0;
    for (int s = 0; s < ev.steps; s++) {
      if (ev.reach[s] > 0
          && !ev.map.steps().get(s).end()
          && !ev.map.successors(ev.itemName(s)).isEmpty()) {
        d[k++] = (double) ev.endedAt[s] / ev.reach[s];
      }
    }
    if (k == 0) {
      return 1;
    }
    java.util.Arrays.sort(d, 0, k);
    return k % 2 == 1 ? d[k / 2] : (d[k / 2 - 1] + d[k / 2]) / 2;
  }

  private static Action.Confidence confidence(long n, double width) {
    return n >= 400 && width < 0.10
        ? Action.Confidence.HIGH
        : n >= 100 ? Action.Confidence.MEDIUM : Action.Confidence.LOW;
  }

  /** Per chosen candidate: the summed value of its exposed and of its not-exposed arm. */
  private static double[][] armValues(
      MomentsOfTruth mots, List<Integer> chosen, double @Nullable [] perJourney, double value) {
    double[][] out = new double[chosen.size()][2];
    if (perJourney == null) {
      for (int k = 0; k < chosen.size(); k++) {
        long[] t = mots.trials.tables[chosen.get(k)];
        for (int s = 0; s < mots.trials.strata; s++) {
          out[k][0] += t[4 * s] * value;
          out[k][1] += t[4 * s + 2] * value;
        }
      }
      return out;
    }
    int[] items = new int[chosen.size()];
    int[] landmarks = new int[chosen.size()];
    for (int k = 0; k < items.length; k++) {
      items[k] = mots.trials.candidates[chosen.get(k)];
      landmarks[k] = mots.trials.landmarks[chosen.get(k)];
    }
    int[][] codes =
        java.util.Objects.requireNonNull(
            new LandmarkTrials(mots.evidence, items, landmarks, true).codes, "codes were kept");
    for (int k = 0; k < items.length; k++) {
      for (int j = 0; j < perJourney.length; j++) {
        int code = codes[k][j];
        if (code >= 0) {
          out[k][(code & 2) != 0 ? 0 : 1] += perJourney[j];
        }
      }
    }
    return out;
  }

  /** The actions, highest value at stake first. */
  public List<Action> actions() {
    return actions;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ActionPlan{observational estimates");
    for (Action a : actions) {
      s.append("\n  ").append(a.explain());
    }
    return s.append('}').toString();
  }
}
