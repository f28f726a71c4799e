package dev.cxkit.journey.insight;

import static java.util.Objects.requireNonNull;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.conformance.StepMatcher;
import dev.cxkit.metrics.stats.Interval;
import dev.cxkit.metrics.stats.IntervalMethod;
import dev.cxkit.metrics.stats.MantelHaenszel;
import dev.cxkit.metrics.stats.MultipleComparisons;
import dev.cxkit.model.map.Step;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/**
 * Observational effects of designed steps and of touchpoints the map does not design on conversion,
 * estimated where the exposure can happen, and the map's declared moments of truth checked against
 * them. The estimates are <strong>observational</strong>: they adjust for the history recorded
 * before the exposure, not for what the log does not record.
 *
 * <p><b>Estimand.</b> For a candidate E with landmark L (the state where E's first exposures happen
 * most often: the designed step most recently reached, or "(start)"): among journeys that reach L
 * for the first time without having been exposed to E and before converting, the difference in the
 * probability of eventual conversion between being exposed to E there and not. For a touchpoint,
 * exposed means it occurs during that stay at L (before the next event of another step); journeys
 * that end at L count as not exposed, so the estimate answers "what if everyone at L received E"
 * (the exposure comes before the decision to stop). For a designed step, exposed means the stay at
 * L ends by entering the step; the comparison is among journeys that move on from L to a step (the
 * other branch, or a skip), since a journey that stops at L takes no step. Journeys not exposed at
 * L who are exposed later stay in the not-exposed arm (an intention-to-treat contrast of "E now"
 * versus "not now": later exposure dilutes it, as in a sequential trial); journeys that convert or
 * are exposed before reaching L are not at risk.
 *
 * <p><b>Method.</b> A landmark (sequential-trial) design: one trial per journey and candidate at
 * its first arrival at L (Hernán and Robins, <i>Causal Inference: What If</i>, 2020, ch. 22 on
 * target trials and sequential trials; ch. 8 on why conditioning on what happens after exposure,
 * such as journey length or completing the walk, is selection bias). Trials are stratified only by
 * history before the exposure: touches so far at L (buckets 0, 1, 2, 3, 4-5, 6-8, 9-13, 14-21, 22+)
 * and segment when given. The pooled effect is the Mantel-Haenszel risk difference with Sato's
 * variance, valid for sparse and large strata ({@link MantelHaenszel}; Rothman, Greenland and Lash,
 * <i>Modern Epidemiology</i>, 3rd ed., ch. 15); a seeded percentile bootstrap over journeys is an
 * option ({@link EffectOptions#withBootstrap}). When the effect differs across strata the estimate
 * is their average with weights {@code n1 n0 / n}. Beside it, independently, the journey Markov
 * chain's forced-exposure effect and removal effect ({@link ChainEffects}). A candidate has a
 * <em>clear</em> effect when its Holm-adjusted p-value (over all candidates) is below alpha, the
 * effect is at least the minimum, and the evidence is not weak: no arm under 30 journeys, strata
 * overlap, and the at-risk journeys both convert and not. {@link ExposureEffect#landmarkShare()}
 * says which share of the first exposures the landmark holds; the others are not in the estimate.
 *
 * <pre>{@code
 * MomentsOfTruth mots = MomentsOfTruth.detect(journeys, StepMatcher.byTouchpoint(map));
 * mots.effect("text-message").orElseThrow().riskDifference();   // lift in conversion
 * mots.confirmed();    // declared on the map and shown
 * mots.undeclared();   // shown, but not declared: steps and unplanned touchpoints
 * }</pre>
 */
public final class MomentsOfTruth {
  /** The method line of Sato-variance estimates. */
  public static final String METHOD =
      "landmark trial, Mantel-Haenszel risk difference, Sato variance, Wald interval";

  /** The method line of bootstrap estimates. */
  public static final String METHOD_BOOTSTRAP =
      "landmark trial, Mantel-Haenszel risk difference, percentile bootstrap over journeys";

  private static final int MIN_ARM = 30;

  private final List<ExposureEffect> effects;
  final Evidence evidence;
  final ChainEffects chain;
  final LandmarkTrials trials;
  private final EffectOptions options;

  private MomentsOfTruth(
      List<ExposureEffect> effects,
      Evidence evidence,
      ChainEffects chain,
      LandmarkTrials trials,
      EffectOptions options) {
    this.effects = List.copyOf(effects);
    this.evidence = evidence;
    this.chain = chain;
    this.trials = trials;
    this.options = options;
  }

  /** Detection with {@link EffectOptions#standard()}. */
  public static MomentsOfTruth detect(Journeys journeys, StepMatcher matcher) {
    return detect(journeys, matcher, EffectOptions.standard());
  }

  /**
   * Detection.
   *
   * @throws IllegalArgumentException when there are no journeys, when a requested candidate names
   *     no step and no observed touchpoint, or never occurs before conversion, or when the options
   *     ask for the events' segment and the journeys carry none or one journey carries two
   */
  public static MomentsOfTruth detect(
      Journeys journeys, StepMatcher matcher, EffectOptions options) {
    requireNonNull(journeys, "journeys");
    requireNonNull(matcher, "matcher");
    requireNonNull(options, "options");
    if (journeys.count() == 0) {
      throw new IllegalArgumentException("journeys must not be empty, was 0 journeys");
    }
    Evidence ev =
        new Evidence(
            journeys,
            matcher,
            options.segmentFromEvents() ? JourneySegments.of(journeys) : options.segments());
    int[] items = candidates(ev, options);
    int[] landmarks = new int[items.length];
    double[] shares = new double[items.length];
    for (int c = 0; c < items.length; c++) {
      long[] at = ev.firstExposureAt[items[c]];
      long total = 0;
      int best = 0;
      for (int s = 0; s < at.length; s++) {
        total += at[s];
        if (at[s] > at[best]) {
          best = s;
        }
      }
      landmarks[c] = best;
      shares[c] = total == 0 ? 0 : (double) at[best] / total;
    }
    LandmarkTrials trials = new LandmarkTrials(ev, items, landmarks, options.bootstrap() > 0);
    ChainEffects chain = new ChainEffects(ev);
    double[][] boot = options.bootstrap() > 0 ? bootstrap(trials, options) : null;
    List<Partial> parts = new ArrayList<>();
    for (int c = 0; c < items.length; c++) {
      parts.add(estimate(ev, trials, c, options, boot == null ? null : boot[c]));
    }
    double[] p = parts.stream().filter(x -> x.rd != null).mapToDouble(x -> x.pValue).toArray();
    double[] adj = p.length == 0 ? p : MultipleComparisons.holm(p);
    List<ExposureEffect> out = new ArrayList<>();
    int k = 0;
    for (int c = 0; c < items.length; c++) {
      Partial x = parts.get(c);
      OptionalDouble adjusted = x.rd == null ? OptionalDouble.empty() : OptionalDouble.of(adj[k++]);
      int item = items[c];
      boolean declared = declared(ev, item);
      boolean clear =
          x.rd != null
              && x.reasons.isEmpty()
              && adjusted.getAsDouble() < options.alpha()
              && Math.abs(x.rd.estimate()) >= options.minEffect();
      ExposureEffect.Verdict verdict =
          declared
              ? (clear ? ExposureEffect.Verdict.CONFIRMED : ExposureEffect.Verdict.NOT_CONFIRMED)
              : (clear ? ExposureEffect.Verdict.UNDECLARED : ExposureEffect.Verdict.NONE);
      out.add(
          new ExposureEffect(
              ev.itemName(item),
              item < ev.steps ? ExposureEffect.Kind.STEP : ExposureEffect.Kind.TOUCHPOINT,
              declared,
              ev.stateName(landmarks[c]),
              shares[c],
              x.n1,
              x.a1,
              x.n0,
              x.a0,
              x.rd == null ? 0 : x.rd.informativeStrata(),
              x.rd == null ? OptionalDouble.empty() : OptionalDouble.of(x.rd.estimate()),
              Optional.ofNullable(x.interval),
              x.rd == null ? OptionalDouble.empty() : OptionalDouble.of(x.pValue),
              adjusted,
              options.bootstrap() > 0 ? METHOD_BOOTSTRAP : METHOD,
              chain.forcedEffect(item, landmarks[c]),
              chain.removalEffect(item),
              x.reasons,
              verdict));
    }
    out.sort(
        Comparator.comparingDouble((ExposureEffect e) -> -Math.abs(e.riskDifference().orElse(0)))
            .thenComparing(ExposureEffect::candidate));
    return new MomentsOfTruth(out, ev, chain, trials, options);
  }

  private static boolean declared(Evidence ev, int item) {
    if (item < ev.steps) {
      return !ev.map.steps().get(item).momentsOfTruth().isEmpty();
    }
    String tp = ev.itemName(item);
    for (Step s : ev.map.steps()) {
      if (s.momentsOfTruth().stream()
          .anyMatch(m -> m.touchpointId().map(tp::equals).orElse(false))) {
        return true;
      }
    }
    return false;
  }

  private static int[] candidates(Evidence ev, EffectOptions options) {
    if (!options.candidates().isEmpty()) {
      int[] out = new int[options.candidates().size()];
      for (int i = 0; i < out.length; i++) {
        String name = options.candidates().get(i);
        int item = item(ev, name);
        long exposures = Arrays.stream(ev.firstExposureAt[item]).sum();
        if (exposures == 0) {
          throw new IllegalArgumentException(
              String.format(
                  Locale.ROOT,
                  "candidate '%s' never occurs before conversion in %d journeys (%d reach it at"
                      + " all); rule: an exposure must happen before the outcome to have an effect"
                      + " on it",
                  name,
                  ev.js.count(),
                  ev.reach[item]));
        }
        out[i] = item;
      }
      return out;
    }
    List<Integer> out = new ArrayList<>();
    for (int item = 0; item < ev.items; item++) {
      if (item >= ev.steps && !ev.unplanned[item - ev.steps]) {
        continue;
      }
      long exposures = Arrays.stream(ev.firstExposureAt[item]).sum();
      if (exposures >= options.minJourneys()) {
        out.add(item);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int item(Evidence ev, String name) {
    for (int s = 0; s < ev.steps; s++) {
      if (ev.map.steps().get(s).id().equals(name)) {
        return s;
      }
    }
    if (ev.js.dictionaries().touchpoints().contains(name)) {
      int t = ev.js.dictionaries().touchpoints().id(name);
      return ev.unplanned[t] ? ev.steps + t : ev.stepOfTouchpoint[t];
    }
    throw new IllegalArgumentException(
        String.format(
            Locale.ROOT,
            "candidate must name a step of map '%s' or an observed touchpoint, was '%s'",
            ev.map.id(),
            name));
  }

  /** The per-candidate numbers before the Holm step. */
  private static final class Partial {
    long n1;
    long a1;
    long n0;
    long a0;
    MantelHaenszel.@org.jspecify.annotations.Nullable RiskDifference rd;
    @org.jspecify.annotations.Nullable Interval interval;
    double pValue = 1;
    final List<String> reasons = new ArrayList<>();
  }

  private static Partial estimate(
      Evidence ev,
      LandmarkTrials trials,
      int c,
      EffectOptions options,
      double @org.jspecify.annotations.Nullable [] boot) {
    Partial x = new Partial();
    long[] t = trials.tables[c];
    MantelHaenszel.Accumulator acc = MantelHaenszel.accumulator();
    long outside = 0;
    for (int s = 0; s < trials.strata; s++) {
      long n1 = t[4 * s];
      long a1 = t[4 * s + 1];
      long n0 = t[4 * s + 2];
      long a0 = t[4 * s + 3];
      if (n1 + n0 == 0) {
        continue;
      }
      acc.add(a1, n1, a0, n0);
      if (n1 == 0 || n0 == 0) {
        outside += n1 + n0;
      }
      x.n1 += n1;
      x.a1 += a1;
      x.n0 += n0;
      x.a0 += a0;
    }
    String what = ev.itemName(trials.candidates[c]);
    String at = ev.stateName(trials.landmarks[c]);
    if (x.n1 == 0 || x.n0 == 0) {
      x.reasons.add(
          String.format(
              Locale.ROOT,
              "nothing to compare: all %d journeys at risk at '%s' were %s '%s'",
              x.n1 + x.n0,
              at,
              x.n0 == 0 ? "exposed to" : "not exposed to",
              what));
      return x;
    }
    if (x.n1 < MIN_ARM || x.n0 < MIN_ARM) {
      x.reasons.add(
          String.format(
              Locale.ROOT,
              "fewer than %d journeys in an arm at '%s' (exposed %d, not exposed %d)",
              MIN_ARM,
              at,
              x.n1,
              x.n0));
    }
    long atRisk = x.n1 + x.n0;
    long conv = x.a1 + x.a0;
    Optional<MantelHaenszel.RiskDifference> rd = acc.riskDifference();
    if (rd.isEmpty()) {
      x.reasons.add(
          String.format(
              Locale.ROOT,
              "no overlap: no stratum (touches so far, segment) at '%s' holds journeys both"
                  + " exposed and not exposed to '%s'",
              at,
              what));
    } else if (conv == 0 || conv == atRisk) {
      x.reasons.add(
          String.format(
              Locale.ROOT,
              "%s of the %d journeys at risk at '%s' converted: an effect on conversion cannot be"
                  + " estimated",
              conv == 0 ? "none" : "all",
              atRisk,
              at));
    } else {
      x.rd = rd.get();
      if (boot != null) {
        double[] b = boot.clone();
        Arrays.sort(b);
        int m = b.length;
        double alpha = 1 - options.level();
        double lo = b[(int) Math.floor(alpha / 2 * (m - 1))];
        double hi = b[(int) Math.ceil((1 - alpha / 2) * (m - 1))];
        double mean = Arrays.stream(b).average().orElse(0);
        double var = Arrays.stream(b).map(v -> (v - mean) * (v - mean)).sum() / Math.max(1, m - 1);
        x.interval =
            Interval.of(
                Math.min(lo, x.rd.estimate()),
                Math.max(hi, x.rd.estimate()),
                options.level(),
                IntervalMethod.BOOTSTRAP_PERCENTILE);
        x.pValue =
            var == 0
                ? 1
                : dev.cxkit.metrics.stats.Distributions.twoSidedNormalP(
                    x.rd.estimate() / Math.sqrt(var));
      } else {
        x.interval = x.rd.interval(options.level());
        x.pValue = x.rd.pValue();
      }
      if (outside > 0.1 * atRisk) {
        x.reasons.add(
            String.format(
                Locale.ROOT,
                "%.0f %% of the journeys at risk are in strata without both arms (little overlap)",
                100.0 * outside / atRisk));
      }
    }
    return x;
  }

  /** Per candidate, the bootstrap replicates of the risk difference (empty replicates skipped). */
  private static double[][] bootstrap(LandmarkTrials trials, EffectOptions options) {
    int nc = trials.candidates.length;
    int[][] codes =
        java.util.Objects.requireNonNull(trials.codes, "the bootstrap needs the per-journey codes");
    int nj = nc == 0 ? 0 : codes[0].length;
    int reps = options.bootstrap();
    double[][] out = new double[nc][reps];
    int[] filled = new int[nc];
    int[] weight = new int[nj];
    SplittableRandom rnd = new SplittableRandom(options.seed());
    long[] table = new long[trials.strata * 4];
    for (int r = 0; r < reps; r++) {
      Arrays.fill(weight, 0);
      for (int i = 0; i < nj; i++) {
        weight[rnd.nextInt(nj)]++;
      }
      for (int c = 0; c < nc; c++) {
        Arrays.fill(table, 0);
        int[] code = codes[c];
        for (int j = 0; j < nj; j++) {
          int w = weight[j];
          if (w == 0 || code[j] < 0) {
            continue;
          }
          int base = (code[j] >> 2) * 4 + ((code[j] & 2) != 0 ? 0 : 2);
          table[base] += w;
          if ((code[j] & 1) != 0) {
            table[base + 1] += w;
          }
        }
        MantelHaenszel.Accumulator acc = MantelHaenszel.accumulator();
        for (int s = 0; s < trials.strata; s++) {
          if (table[4 * s] + table[4 * s + 2] > 0) {
            acc.add(table[4 * s + 1], table[4 * s], table[4 * s + 3], table[4 * s + 2]);
          }
        }
        Optional<MantelHaenszel.RiskDifference> rd = acc.riskDifference();
        if (rd.isPresent()) {
          out[c][filled[c]++] = rd.get().estimate();
        }
      }
    }
    for (int c = 0; c < nc; c++) {
      out[c] = Arrays.copyOf(out[c], filled[c]);
    }
    return out;
  }

  /** All candidates' effects, largest absolute estimate first, those not estimable last. */
  public List<ExposureEffect> effects() {
    return effects;
  }

  /** The effect of one candidate (a step id or a touchpoint id), if it was a candidate. */
  public Optional<ExposureEffect> effect(String candidate) {
    requireNonNull(candidate, "candidate");
    return effects.stream().filter(e -> e.candidate().equals(candidate)).findFirst();
  }

  /** Declared moments of truth the data confirms. */
  public List<ExposureEffect> confirmed() {
    return filter(ExposureEffect.Verdict.CONFIRMED);
  }

  /** Declared moments of truth the data does not confirm. */
  public List<ExposureEffect> notConfirmed() {
    return filter(ExposureEffect.Verdict.NOT_CONFIRMED);
  }

  /** Steps and unplanned touchpoints with a clear effect the map does not declare. */
  public List<ExposureEffect> undeclared() {
    return filter(ExposureEffect.Verdict.UNDECLARED);
  }

  /**
   * What the strata of every estimate adjust for, all of it history before the exposure: {@code
   * "touches so far"} and, when the options give segments, {@code "segment"}.
   */
  public List<String> adjustedFor() {
    return options.adjustsForSegment()
        ? List.of("touches so far", "segment")
        : List.of("touches so far");
  }

  /** The settings used. */
  public EffectOptions options() {
    return options;
  }

  /** Number of journeys analysed. */
  public int journeys() {
    return evidence.js.count();
  }

  private List<ExposureEffect> filter(ExposureEffect.Verdict v) {
    return effects.stream().filter(e -> e.verdict() == v).toList();
  }

  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder(
            "MomentsOfTruth{observational estimates adjusted for "
                + String.join(", ", adjustedFor())
                + ", "
                + journeys()
                + " journeys");
    for (ExposureEffect e : effects) {
      s.append("\n  ").append(e);
    }
    return s.append('}').toString();
  }
}
