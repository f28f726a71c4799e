package dev.cxkit.model.map;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cxkit.model.internal.Checks;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * A checkpoint a journey must pass at a step, typically between the stages of a B2B buying journey:
 * the criteria to enter and to leave, and a checkpoint metric with its threshold.
 *
 * {@snippet class=dev.cxkit.model.map.SnippetsTest region=tollgate}
 */
@Value.Immutable
@JsonSerialize
public abstract class Tollgate {

  Tollgate() {}

  /** What must hold before the step can begin. */
  public abstract List<String> entryCriteria();

  /** What must hold before the journey moves on. */
  public abstract List<String> exitCriteria();

  /** The metric checked at the gate. */
  public abstract String checkpointMetric();

  /** The value of {@link #checkpointMetric()} the journey must reach to pass. */
  public abstract double threshold();

  /** Returns true when {@code value} reaches the threshold. */
  public final boolean passes(double value) {
    Checks.finite("value", value);
    return value >= threshold();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    checkArgument(
        !entryCriteria().isEmpty() || !exitCriteria().isEmpty(),
        "tollgate.entryCriteria and tollgate.exitCriteria must not both be empty, was %s and %s",
        entryCriteria(),
        exitCriteria());
    Checks.allNonBlank("tollgate.entryCriteria", entryCriteria());
    Checks.allNonBlank("tollgate.exitCriteria", exitCriteria());
    Checks.nonBlank("tollgate.checkpointMetric", checkpointMetric());
    Checks.finite("tollgate.threshold", threshold());
  }

  @Override
  public final String toString() {
    return String.format(
        Locale.ROOT,
        "Tollgate{entry=%s, exit=%s, %s >= %s}",
        entryCriteria(),
        exitCriteria(),
        checkpointMetric(),
        threshold());
  }

  /** Builds a {@link Tollgate}. */
  public static final class Builder extends ImmutableTollgate.Builder {}
}
