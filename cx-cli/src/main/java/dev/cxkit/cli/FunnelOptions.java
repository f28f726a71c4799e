package dev.cxkit.cli;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.journey.funnel.Checkpoint;
import dev.cxkit.journey.funnel.Funnel;
import dev.cxkit.journey.funnel.FunnelExclusion;
import dev.cxkit.journey.funnel.FunnelOrdering;
import dev.cxkit.journey.funnel.FunnelResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/**
 * The funnel options of {@code cx journeys … funnel} and of the report's {@code journeys} section:
 * the steps in order, strict, loose or any-order matching, a conversion window, windows per step
 * and exclusion steps.
 */
final class FunnelOptions {
  private static final Pattern RANGE = Pattern.compile("(.+):(\\d+)-(\\d+)");

  @Option(
      names = "--step",
      description =
          "A funnel step, a value of the --dimension column; repeat in order (the funnel command"
              + " needs at least one).")
  List<String> steps;

  @Option(names = "--strict", description = "Each step must directly follow the previous one.")
  boolean strict;

  @Option(
      names = "--any-order",
      description =
          "Steps may come in any order inside the window; step N counts N distinct steps.")
  boolean anyOrder;

  @Option(
      names = "--window",
      description = "Conversion window from the first step: 30m, 7d, 1h30m or ISO-8601.")
  Duration window;

  @Option(
      names = "--step-window",
      description =
          "STEP=DURATION: the step must follow the previous step within the duration (repeat per"
              + " step), e.g. order=1h.")
  Map<String, Duration> stepWindows;

  @Option(
      names = "--exclude",
      description =
          "VALUE or VALUE:FROM-TO (step numbers from 1): a journey with this --dimension value"
              + " between those steps (default: first to last) is removed from the funnel.")
  List<String> exclusions;

  boolean given() {
    return steps != null && !steps.isEmpty();
  }

  /** The funnel of {@code js} over {@code events}' dimension; every step must occur in the data. */
  FunnelResult analyze(Journeys js, EventInput events) {
    return funnel(js, events).analyze(js);
  }

  /** The funnel the options describe; every name must occur in the data. */
  Funnel funnel(Journeys js, EventInput events) {
    if (!given()) {
      throw new BadInputException("give the funnel's steps in order: --step A --step B ...");
    }
    Dimension d = events.pathOptions().dimension();
    String what = "(" + events.dimension + ")";
    EventInput.requireKnown(d.dictionary(js.dictionaries()), steps, "--step " + what);
    List<Checkpoint> cps = new ArrayList<>();
    for (String s : steps) {
      cps.add(new Checkpoint(s, EventFilter.of(d, js.dictionaries(), List.of(s))));
    }
    EventInput.requirePositive(window, "--window");
    Funnel f;
    try {
      f = Funnel.of(cps, ordering(), window);
      if (stepWindows != null) {
        for (Map.Entry<String, Duration> e : stepWindows.entrySet()) {
          int at = steps.indexOf(e.getKey());
          if (at < 0) {
            throw new BadInputException(
                "--step-window step '"
                    + e.getKey()
                    + "' must be one of the --step values "
                    + steps);
          }
          f = f.withStepWindow(at, e.getValue());
        }
      }
      if (exclusions != null) {
        for (String x : exclusions) {
          f = f.withExclusion(exclusion(x, js, d, what));
        }
      }
    } catch (IllegalArgumentException e) {
      throw BadInputException.refused(e);
    }
    return f;
  }

  private FunnelExclusion exclusion(String text, Journeys js, Dimension d, String what) {
    String value = text;
    int from = 0;
    int to = steps.size() - 1;
    Matcher m = RANGE.matcher(text);
    if (m.matches() && !d.dictionary(js.dictionaries()).contains(text)) {
      value = m.group(1);
      from = Integer.parseInt(m.group(2)) - 1;
      to = Integer.parseInt(m.group(3)) - 1;
      if (from < 0 || to >= steps.size() || from >= to) {
        throw new BadInputException(
            "--exclude '"
                + text
                + "': steps FROM-TO must satisfy 1 <= FROM < TO <= "
                + steps.size()
                + " (the number of --step values)");
      }
    } else if (steps.size() < 2) {
      throw new BadInputException(
          "--exclude '" + text + "' needs a funnel of at least 2 steps, was " + steps.size());
    }
    EventInput.requireKnown(d.dictionary(js.dictionaries()), List.of(value), "--exclude " + what);
    return new FunnelExclusion(
        value, EventFilter.of(d, js.dictionaries(), List.of(value)), from, to);
  }

  FunnelOrdering ordering() {
    if (strict && anyOrder) {
      throw new BadInputException("give --strict or --any-order, not both");
    }
    return strict
        ? FunnelOrdering.STRICT
        : anyOrder ? FunnelOrdering.ANY_ORDER : FunnelOrdering.LOOSE;
  }
}
