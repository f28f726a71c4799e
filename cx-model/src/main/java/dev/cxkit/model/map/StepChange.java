package dev.cxkit.model.map;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How one step (matched by id) differs between two maps: which of its fields changed, the emotion
 * valence before and after, and the KPI changes.
 *
 * {@snippet class=dev.cxkit.model.map.SnippetsTest region=stepChange}
 */
@Value.Immutable
@JsonSerialize
public abstract class StepChange {

  StepChange() {}

  /** The step's id. */
  public abstract String stepId();

  /** The names of the {@link Step} fields that differ, in declaration order. */
  public abstract List<String> changedFields();

  /** The emotion valence in the earlier map, if recorded. */
  public abstract Optional<Double> valenceBefore();

  /** The emotion valence in the later map, if recorded. */
  public abstract Optional<Double> valenceAfter();

  /** The KPIs added, removed or changed, by name. */
  public abstract List<KpiChange> kpiChanges();

  /** A change; at least one field must have changed. */
  public static StepChange of(
      String stepId,
      List<String> changedFields,
      Optional<Double> valenceBefore,
      Optional<Double> valenceAfter,
      List<KpiChange> kpiChanges) {
    return ImmutableStepChange.builder()
        .stepId(stepId)
        .changedFields(changedFields)
        .valenceBefore(valenceBefore)
        .valenceAfter(valenceAfter)
        .kpiChanges(kpiChanges)
        .build();
  }

  @Value.Check
  final void check() {
    checkArgument(
        !changedFields().isEmpty(), "stepChange '%s'.changedFields must not be empty", stepId());
  }

  /** {@code after - before} valence, when both maps record an emotion at this step. */
  public final Optional<Double> valenceChange() {
    return valenceBefore().isPresent() && valenceAfter().isPresent()
        ? Optional.of(valenceAfter().get() - valenceBefore().get())
        : Optional.empty();
  }

  @Override
  public final String toString() {
    StringBuilder s = new StringBuilder(stepId()).append(": ").append(changedFields());
    if (valenceBefore().isPresent() || valenceAfter().isPresent()) {
      s.append(", valence ").append(valence(valenceBefore())).append(" -> ");
      s.append(valence(valenceAfter()));
      valenceChange().ifPresent(d -> s.append(String.format(Locale.ROOT, " (%+.2f)", d)));
    }
    for (KpiChange k : kpiChanges()) {
      s.append(", ").append(k);
    }
    return s.toString();
  }

  private static String valence(Optional<Double> v) {
    return v.map(d -> String.format(Locale.ROOT, "%+.2f", d)).orElse("n/a");
  }
}
