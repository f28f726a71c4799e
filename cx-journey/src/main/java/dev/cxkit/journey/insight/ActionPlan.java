package dev.cxkit.journey.insight;

import static java.util.Objects.requireNonNull;

import dev.cxkit.journey.conformance.ConformanceReport;
import dev.cxkit.journey.conformance.Deviation;
import dev.cxkit.journey.conformance.StepConformance;
import dev.cxkit.journey.markov.MarkovChain;
import dev.cxkit.journey.whatif.Change;
import dev.cxkit.journey.whatif.WhatIf;
import dev.cxkit.journey.whatif.WhatIfResult;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.map.PainPoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The prioritised "needle move" plan: for every hotspot step in the chain, the what-if of reducing
 * its drop-off by a given fraction (default 20 %) over the report's journeys at the given value per
 * conversion, ranked by value at stake (then hotspot score). Each action lists its evidence: the
 * hotspot components, the step's designed pain points and its most common deviations.
 *
 * <pre>{@code
 * ActionPlan plan = ActionPlan.build(report, map, chain, hotspots, 120.0, 0.2);
 * plan.actions().forEach(a -> System.out.println(a.explain()));
 * }</pre>
 */
public final class ActionPlan {
  private final List<Action> actions;

  private ActionPlan(List<Action> actions) {
    this.actions = List.copyOf(actions);
  }

  /**
   * Builds the plan.
   *
   * @param valuePerConversion value of one conversion (order value, or CLV)
   * @param dropOffReduction the relative drop-off reduction evaluated per step, in (0, 1]
   */
  public static ActionPlan build(
      ConformanceReport report,
      JourneyMap map,
      MarkovChain chain,
      List<Hotspot> hotspots,
      double valuePerConversion,
      double dropOffReduction) {
    requireNonNull(report, "report");
    requireNonNull(map, "map");
    requireNonNull(chain, "chain");
    requireNonNull(hotspots, "hotspots");
    if (!(dropOffReduction > 0 && dropOffReduction <= 1)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "dropOffReduction must be in (0, 1], was %s", dropOffReduction));
    }
    WhatIf whatIf =
        WhatIf.of(chain).journeys(report.journeys()).valuePerConversion(valuePerConversion);
    record Scored(Hotspot h, WhatIfResult r) {}
    List<Scored> scored = new ArrayList<>();
    for (Hotspot h : hotspots) {
      if (!chain.hasState(h.stepId())
          || chain.probability(chain.state(h.stepId()), MarkovChain.NON_CONVERSION) == 0) {
        continue;
      }
      scored.add(
          new Scored(h, whatIf.evaluate(Change.reduceDropOff(h.stepId(), dropOffReduction))));
    }
    scored.sort(
        Comparator.comparingDouble((Scored s) -> -s.r().valueAtStake())
            .thenComparingDouble(s -> -s.h().score())
            .thenComparing(s -> s.h().stepId()));
    List<Action> out = new ArrayList<>();
    for (Scored s : scored) {
      Hotspot h = s.h();
      List<String> evidence = new ArrayList<>();
      evidence.add(
          String.format(
              Locale.ROOT,
              "drop-off %.1f %% (%.1f-%.1f %%)",
              100 * h.dropOff(),
              100 * h.dropOffInterval().lower(),
              100 * h.dropOffInterval().upper()));
      h.meanValence().ifPresent(v -> evidence.add(String.format(Locale.ROOT, "valence %+.2f", v)));
      if (h.repeatRate() > 0) {
        evidence.add(String.format(Locale.ROOT, "repeated by %.1f %%", 100 * h.repeatRate()));
      }
      if (h.channelSwitchRate() > 0) {
        evidence.add(
            String.format(Locale.ROOT, "channel switch %.1f %%", 100 * h.channelSwitchRate()));
      }
      evidence.add(String.format(Locale.ROOT, "%.1f min at step", h.meanDwellMillis() / 60_000));
      StepConformance sc = report.step(h.stepId());
      if (sc.skipped() > 0) {
        evidence.add(String.format(Locale.ROOT, "skipped by %.1f %%", 100 * sc.skipRate()));
      }
      for (PainPoint p : map.step(h.stepId()).orElseThrow().painPoints()) {
        evidence.add("designed pain point: " + p.description() + " (" + p.severity() + ")");
      }
      report.deviations().stream()
          .filter(d -> d.stepId().orElse("").equals(h.stepId()))
          .limit(2)
          .map(Deviation::sentence)
          .forEach(evidence::add);
      double width = h.dropOffInterval().width();
      Action.Confidence c =
          h.reach() >= 400 && width < 0.10
              ? Action.Confidence.HIGH
              : h.reach() >= 100 ? Action.Confidence.MEDIUM : Action.Confidence.LOW;
      out.add(new Action(out.size() + 1, h.stepId(), evidence, h.reach(), s.r(), c));
    }
    return new ActionPlan(out);
  }

  /** The actions, highest value at stake first. */
  public List<Action> actions() {
    return actions;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ActionPlan{");
    for (Action a : actions) {
      s.append("\n  ").append(a.explain());
    }
    return s.append('}').toString();
  }
}
