package dev.cxkit.journey.insight;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

/**
 * One line of the action plan: what to do where, why (the evidence), how many journeys it reaches,
 * how many conversions and how much value it is expected to bring, and how sure that is.
 *
 * <pre>{@code
 * Action a = plan.actions().get(0);
 * a.explain();   // "1. EXTEND text-message at report-outage: +812.4 conversions, value ..."
 * }</pre>
 *
 * @param rank 1 for the first action
 * @param kind fix a pain point, or extend a positive moment of truth
 * @param target the step, touchpoint or transition concerned
 * @param change the what-if evaluated, in words
 * @param evidence the observations behind it, one per entry
 * @param reach journeys the change reaches
 * @param conversionChange expected additional conversions
 * @param valueAtStake expected value of those conversions
 * @param confidence how much the estimate can be trusted
 */
public record Action(
    int rank,
    Kind kind,
    String target,
    String change,
    List<String> evidence,
    long reach,
    double conversionChange,
    double valueAtStake,
    Confidence confidence) {

  /** What the action does. */
  public enum Kind {
    /** Fix a pain point: its drop-off, its repeats or its harm. */
    FIX,
    /** Give a positive moment of truth to the journeys at risk that lacked it. */
    EXTEND
  }

  /** Confidence in an action's estimate. */
  public enum Confidence {
    /**
     * Both arms (or the reach) hold at least 400 journeys and the interval is narrower than 10 pp.
     */
    HIGH,
    /** At least 100 journeys. */
    MEDIUM,
    /** Fewer than 100 journeys. */
    LOW
  }

  /** Checks and copies. */
  public Action {
    requireNonNull(kind, "kind");
    requireNonNull(target, "target");
    requireNonNull(change, "change");
    requireNonNull(confidence, "confidence");
    evidence = List.copyOf(evidence);
    if (!Double.isFinite(conversionChange) || !Double.isFinite(valueAtStake)) {
      throw new IllegalArgumentException(
          "action '"
              + target
              + "' figures must be finite, was "
              + conversionChange
              + ", "
              + valueAtStake);
    }
  }

  /** The line, with its evidence. */
  public String explain() {
    return String.format(
        Locale.ROOT,
        "%d. %s %s: value at stake %.2f (%+.1f conversions if %s), reach %d journeys,"
            + " confidence %s; evidence: %s",
        rank,
        kind,
        target,
        valueAtStake,
        conversionChange,
        change,
        reach,
        confidence,
        String.join("; ", evidence));
  }

  @Override
  public String toString() {
    return explain();
  }
}
