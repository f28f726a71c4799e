package dev.cxkit.cli;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.funnel.FunnelResult;
import dev.cxkit.journey.funnel.FunnelStep;
import dev.cxkit.journey.markov.Absorption;
import dev.cxkit.journey.markov.MarkovChain;
import dev.cxkit.journey.markov.TransitionCounts;
import dev.cxkit.journey.paths.Flows;
import dev.cxkit.journey.paths.PathOptions;
import dev.cxkit.journey.paths.PathVariant;
import dev.cxkit.journey.paths.PathVariants;
import dev.cxkit.metrics.stats.Interval;
import dev.cxkit.metrics.stats.IntervalMethod;
import dev.cxkit.metrics.survey.Proportions;
import dev.cxkit.render.Palette;
import dev.cxkit.render.chart.FunnelChart;
import dev.cxkit.render.chart.SankeyChart;
import dev.cxkit.render.text.MarkovDot;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The report's journeys: journeys assembled from the events, their most frequent paths and flows,
 * the funnel (when steps are given) and the Markov chain of the journeys.
 */
final class JourneysPart implements ReportPart {
  static final String JOURNEYS = "Journeys observed in the events";
  static final String FUNNEL = "Funnel and drop-off";
  static final String MARKOV = "Markov chain of the journeys";
  private static final int TOP = 5;
  private static final int FLOW_STEPS = 6;

  private final ReportInputs in;
  private final ReportSections.JourneysSection section;

  JourneysPart(ReportInputs in, ReportSections.JourneysSection section) {
    this.in = in;
    this.section = section;
  }

  @Override
  public List<String> headings() {
    return section.funnel.given() ? List.of(JOURNEYS, FUNNEL, MARKOV) : List.of(JOURNEYS, MARKOV);
  }

  @Override
  public List<String> assumptions() {
    EventInput e = section.events;
    String goal =
        e.goalTypes != null
            ? "an event of type " + String.join(" or ", e.goalTypes)
            : e.goalTouchpoints != null
                ? "a touch of " + String.join(" or ", e.goalTouchpoints)
                : "none (no --goal-type or --goal-touchpoint: conversion rates are 0)";
    List<String> a = new ArrayList<>();
    a.add(
        "Journeys: a customer's events in time order, split after "
            + ReportOutput.duration(e.gap)
            + " without activity"
            + (e.maxDuration != null ? " or after " + ReportOutput.duration(e.maxDuration) : "")
            + "; conversion: "
            + goal
            + (e.endAtGoal ? ", which ends the journey" : "")
            + ". Paths are over the event "
            + e.dimension
            + (e.collapseRepeats ? ", repeated touches collapsed" : "")
            + ".");
    a.add(
        "Shares and conversion rates carry 95 % Wilson score intervals (Wilson 1927), the"
            + " denominator n beside them.");
    return a;
  }

  @Override
  public void write(ReportOutput out) throws IOException {
    Journeys js = in.journeys();
    PathOptions options = section.events.pathOptions();
    out.section(JOURNEYS);
    long converted = js.convertedCount();
    out.say(
        section.events.input.getFileName()
            + ": "
            + Plural.of(js.eventCount(), "event")
            + " of "
            + Plural.of(js.dictionaries().customers().size(), "customer")
            + ", assembled into "
            + Plural.of(js.count(), "journey")
            + "; "
            + converted
            + " converted: "
            + ReportOutput.pct(
                js.count() == 0 ? 0 : converted / (double) js.count(),
                wilson(converted, js.count()))
            + ", n = "
            + js.count()
            + ".");
    PathVariants v = PathVariants.of(js, options);
    out.say(
        Plural.of(v.distinct(), "distinct path")
            + "; the "
            + Math.min(TOP, v.distinct())
            + " most frequent, with the share of all "
            + js.count()
            + " journeys and the conversion rate of each path (Wilson interval, n = its journeys):");
    Table t =
        new Table(
            Column.text("path"),
            Column.count("journeys"),
            Column.proportion("share"),
            Column.proportion("conversion_rate"),
            Column.proportion("lower"),
            Column.proportion("upper"));
    for (PathVariant p : v.top(TOP)) {
      Interval i = wilson(p.conversions(), p.journeys());
      t.row(shorten(p.steps()), p.journeys(), p.share(), p.conversionRate(), i.lower(), i.upper());
    }
    out.show(t);
    Flows f = Flows.of(js, options, FLOW_STEPS);
    out.figure(
        SankeyChart.of(
            "Flows of the journeys, first " + FLOW_STEPS + " steps", f, Palette.colourBlindSafe()));
    if (section.funnel.given()) {
      funnel(out, js);
    }
    markov(out, js, options);
  }

  private void funnel(ReportOutput out, Journeys js) {
    FunnelResult r = section.funnel.analyze(js, section.events);
    out.section(FUNNEL);
    out.say(
        "Journeys reaching each step in order ("
            + section.funnel.ordering().name().toLowerCase(Locale.ROOT)
            + " ordering"
            + (section.funnel.window != null
                ? ", within " + ReportOutput.duration(section.funnel.window)
                : "")
            + "), of "
            + Plural.of(r.journeys(), "journey")
            + "; intervals of the conversion from the previous step:");
    out.show(JourneysCommand.steps(r));
    out.figure(FunnelChart.of("Funnel: " + String.join(" > ", section.funnel.steps), r));
    FunnelStep worst = r.steps().get(0);
    for (FunnelStep s : r.steps()) {
      if (s.droppedOff() > worst.droppedOff()) {
        worst = s;
      }
    }
    FunnelStep first = r.steps().get(0);
    FunnelStep last = r.steps().get(r.steps().size() - 1);
    out.say(
        "Biggest drop-off before "
            + worst.name()
            + ": "
            + Plural.of(worst.droppedOff(), "journey")
            + ". Overall conversion from the first step to the last: "
            + ReportOutput.pct(r.overallConversion(), last.fromStartInterval())
            + ", n = "
            + first.reached()
            + ".");
  }

  private void markov(ReportOutput out, Journeys js, PathOptions options) {
    MarkovChain c = TransitionCounts.of(js, options, 1).chain();
    Absorption a = c.absorption();
    out.section(MARKOV);
    out.say(
        String.format(
            Locale.ROOT,
            "A first-order chain over %s from %s and %s: from the start a journey converts with"
                + " probability %.4f after %.2f steps on average. Per state, the probability to"
                + " convert from there and the expected remaining steps (most visited first):",
            Plural.of(c.stateCount() - 3, "state"),
            Plural.of(c.journeys(), "journey"),
            Plural.of(c.observations(), "transition"),
            a.conversionProbability(MarkovChain.START),
            a.expectedSteps(MarkovChain.START)));
    List<Integer> states = new ArrayList<>();
    long[] visits = new long[c.stateCount()];
    for (int s = 0; s < c.stateCount(); s++) {
      if (!c.isAbsorbing(s)) {
        for (int to : c.successors(s)) {
          visits[s] += c.count(s, to);
        }
        if (s != MarkovChain.START) {
          states.add(s);
        }
      }
    }
    states.sort(Comparator.comparingLong((Integer s) -> -visits[s]).thenComparing(s -> s));
    Table t =
        new Table(
            Column.text("state"),
            Column.count("transitions_out"),
            Column.proportion("p_convert"),
            Column.amount("expected_steps"));
    for (int s : states.subList(0, Math.min(12, states.size()))) {
      t.row(c.stateName(s), visits[s], a.conversionProbability(s), a.expectedSteps(s));
    }
    out.show(t);
    out.code(
        "The chain as Graphviz DOT (transitions of probability 0.05 or more)",
        MarkovDot.of("journeys", c, 0.05));
  }

  /** The 95 % Wilson interval of {@code successes} of {@code n} ([0, 1] for n = 0). */
  static Interval wilson(long successes, long n) {
    return n == 0
        ? Interval.of(0, 1, 0.95, IntervalMethod.WILSON)
        : Proportions.of(successes, n).interval().orElseThrow();
  }

  /** A long path as its first two and last two steps around the number left out. */
  static String shorten(List<String> steps) {
    if (steps.size() <= 5) {
      return String.join(" > ", steps);
    }
    return String.join(" > ", steps.subList(0, 2))
        + " > ("
        + (steps.size() - 4)
        + " more) > "
        + String.join(" > ", steps.subList(steps.size() - 2, steps.size()));
  }
}
