package dev.cxkit.journey.insight;

import static java.util.Objects.requireNonNull;

import dev.cxkit.journey.conformance.ConformanceReport;
import dev.cxkit.journey.conformance.StratumCounts;
import dev.cxkit.journey.markov.MarkovChain;
import dev.cxkit.metrics.stats.Distributions;
import dev.cxkit.metrics.stats.Interval;
import dev.cxkit.metrics.stats.IntervalMethod;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.map.Step;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Detects the steps that move conversion most and checks the map's declared moments of truth.
 *
 * <p>Per step, journeys are split by whether they reached the step, within strata of journey length
 * (longer journeys reach more steps and convert differently) and of whether the journey completed
 * the designed walk (an end step), which removes most of the survivorship bias of late steps. The
 * Mantel-Haenszel weighted risk difference {@code RD = sum w_k (p1_k - p0_k) / sum w_k} with {@code
 * w_k = n1_k n0_k / (n1_k + n0_k)} estimates the adjusted conversion difference; its variance
 * {@code sum w_k^2 (p1_k (1 - p1_k) / n1_k + p0_k (1 - p0_k) / n0_k) / (sum w_k)^2} gives a normal
 * interval (Rothman, Greenland and Lash, Modern Epidemiology, 3rd ed., ch. 15). A step has a
 * <em>clear effect</em> when the interval excludes 0 and {@code |RD|} is at least the minimum
 * effect (default 0.05). Evidence is <em>weak</em> when either arm has fewer than 30 journeys or no
 * stratum holds both arms, or the interval includes 0. The removal effect comes from the step-level
 * chain ({@link MarkovChain#absorptionWithout}).
 *
 * <pre>{@code
 * MomentsOfTruth mots = MomentsOfTruth.detect(report, map, chain);
 * mots.confirmed();    // declared and shown
 * mots.undeclared();   // shown, but not on the map
 * }</pre>
 */
public final class MomentsOfTruth {
  private final List<StepEffect> effects;

  private MomentsOfTruth(List<StepEffect> effects) {
    this.effects = List.copyOf(effects);
  }

  /** Detection with a minimum effect of 0.05 and 95 % intervals. */
  public static MomentsOfTruth detect(ConformanceReport report, JourneyMap map, MarkovChain chain) {
    return detect(report, map, chain, 0.05, 0.95);
  }

  /**
   * Detection.
   *
   * @param minEffect smallest absolute conversion difference that counts, in [0, 1)
   * @param level confidence level in (0, 1)
   */
  public static MomentsOfTruth detect(
      ConformanceReport report, JourneyMap map, MarkovChain chain, double minEffect, double level) {
    requireNonNull(report, "report");
    requireNonNull(map, "map");
    requireNonNull(chain, "chain");
    if (!map.id().equals(report.mapId())) {
      throw new IllegalArgumentException(
          "map id must be the report's map '" + report.mapId() + "', was '" + map.id() + "'");
    }
    if (!(minEffect >= 0 && minEffect < 1)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "minEffect must be in [0, 1), was %s", minEffect));
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "confidence level must be in (0, 1), was %s", level));
    }
    double z = Distributions.zCritical(level);
    double base = chain.absorption().conversionProbability();
    List<StepEffect> out = new ArrayList<>();
    for (Step step : map.steps()) {
      String id = step.id();
      boolean declared = !step.momentsOfTruth().isEmpty();
      double sw = 0;
      double num = 0;
      double var = 0;
      long n1 = 0;
      long n0 = 0;
      for (StratumCounts s : report.strata(id)) {
        n1 += s.withJourneys();
        n0 += s.withoutJourneys();
        if (s.withJourneys() == 0 || s.withoutJourneys() == 0) {
          continue;
        }
        double a = s.withJourneys();
        double b = s.withoutJourneys();
        double p1 = s.withConverted() / a;
        double p0 = s.withoutConverted() / b;
        double w = a * b / (a + b);
        sw += w;
        num += w * (p1 - p0);
        var += w * w * (p1 * (1 - p1) / a + p0 * (1 - p0) / b);
      }
      double rd = sw == 0 ? 0 : num / sw;
      double half = sw == 0 ? 1 : z * Math.sqrt(var) / sw;
      Interval ci =
          Interval.of(Math.max(-1, rd - half), Math.min(1, rd + half), level, IntervalMethod.WALD);
      double removal = 0;
      int symbol = chain.symbols().indexOf(id);
      if (symbol >= 0 && base > 0) {
        removal = 1 - chain.absorptionWithout(symbol).conversionProbability() / base;
      }
      List<String> reasons = new ArrayList<>();
      if (n1 < 30 || n0 < 30) {
        reasons.add(String.format(Locale.ROOT, "fewer than 30 journeys in an arm (%d/%d)", n1, n0));
      }
      if (sw == 0) {
        reasons.add("no length stratum has journeys with and without the step");
      } else if (ci.lower() <= 0 && ci.upper() >= 0) {
        reasons.add("interval includes 0");
      }
      boolean clear = reasons.isEmpty() && Math.abs(rd) >= minEffect;
      StepEffect.Verdict verdict =
          declared
              ? (clear ? StepEffect.Verdict.CONFIRMED : StepEffect.Verdict.NOT_CONFIRMED)
              : (clear ? StepEffect.Verdict.UNDECLARED : StepEffect.Verdict.NONE);
      out.add(
          new StepEffect(
              id,
              declared,
              n1,
              n0,
              rd,
              ci,
              removal,
              !reasons.isEmpty(),
              String.join("; ", reasons),
              verdict));
    }
    out.sort(
        Comparator.comparingDouble((StepEffect e) -> -Math.abs(e.riskDifference()))
            .thenComparing(StepEffect::stepId));
    return new MomentsOfTruth(out);
  }

  /** All steps' effects, largest absolute adjusted difference first. */
  public List<StepEffect> effects() {
    return effects;
  }

  /** Declared moments of truth the data confirms. */
  public List<StepEffect> confirmed() {
    return filter(StepEffect.Verdict.CONFIRMED);
  }

  /** Declared moments of truth the data does not confirm. */
  public List<StepEffect> notConfirmed() {
    return filter(StepEffect.Verdict.NOT_CONFIRMED);
  }

  /** Steps with a clear effect the map does not declare. */
  public List<StepEffect> undeclared() {
    return filter(StepEffect.Verdict.UNDECLARED);
  }

  private List<StepEffect> filter(StepEffect.Verdict v) {
    return effects.stream().filter(e -> e.verdict() == v).toList();
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("MomentsOfTruth{");
    for (StepEffect e : effects) {
      s.append("\n  ").append(e);
    }
    return s.append('}').toString();
  }
}
