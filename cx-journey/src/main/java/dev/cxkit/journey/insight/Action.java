package dev.cxkit.journey.insight;

import static java.util.Objects.requireNonNull;

import dev.cxkit.journey.whatif.WhatIfResult;
import java.util.List;
import java.util.Locale;

/**
 * One line of the prioritised action plan: a pain-point step, the evidence, how many journeys it
 * reaches, the value at stake from the what-if, and how confident the estimate is.
 *
 * <pre>{@code
 * Action a = plan.actions().get(0);
 * a.explain();   // "1. billing: value at stake 12400.00 (conversion +0.0310) ..."
 * }</pre>
 *
 * @param rank 1 for the first action
 * @param stepId the step to fix
 * @param evidence the observations behind it, one per entry
 * @param reach journeys that reached the step
 * @param whatIf the what-if result of reducing the step's drop-off
 * @param confidence how much the estimate can be trusted
 */
public record Action(
    int rank,
    String stepId,
    List<String> evidence,
    long reach,
    WhatIfResult whatIf,
    Confidence confidence) {

  /** Confidence in an action's estimate. */
  public enum Confidence {
    /** At least 400 journeys reach the step and the drop-off interval is narrower than 10 pp. */
    HIGH,
    /** At least 100 journeys reach the step. */
    MEDIUM,
    /** Fewer than 100 journeys reach the step. */
    LOW
  }

  /** Checks and copies. */
  public Action {
    requireNonNull(stepId, "stepId");
    requireNonNull(whatIf, "whatIf");
    requireNonNull(confidence, "confidence");
    evidence = List.copyOf(evidence);
  }

  /** The value at stake from {@link #whatIf()}. */
  public double valueAtStake() {
    return whatIf.valueAtStake();
  }

  /** The line, with its evidence. */
  public String explain() {
    return String.format(
        Locale.ROOT,
        "%d. %s: value at stake %.2f (conversion %+.4f if %s), reach %d journeys, confidence %s;"
            + " evidence: %s",
        rank,
        stepId,
        valueAtStake(),
        whatIf.conversionChange(),
        whatIf.change(),
        reach,
        confidence,
        String.join("; ", evidence));
  }

  @Override
  public String toString() {
    return explain();
  }
}
