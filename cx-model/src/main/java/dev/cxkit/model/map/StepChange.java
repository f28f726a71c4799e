package dev.cxkit.model.map;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How one step (matched by id) differs between two maps: which of its fields changed, the emotion
 * valence before and after, and the KPI changes.
 *
 * <pre>{@code
 * StepChange c = diff.changed().get(0);
 * c.changedFields();     // [emotion, painPoints, kpis]
 * c.valenceChange();     // Optional[1.0]: from -1.0 to 0.0
 * }</pre>
 *
 * @param stepId the step's id
 * @param changedFields the names of the {@link Step} fields that differ, in declaration order
 * @param valenceBefore the emotion valence in the earlier map, if recorded
 * @param valenceAfter the emotion valence in the later map, if recorded
 * @param kpiChanges the KPIs added, removed or changed, by name
 */
public record StepChange(
    String stepId,
    List<String> changedFields,
    Optional<Double> valenceBefore,
    Optional<Double> valenceAfter,
    List<KpiChange> kpiChanges) {

  /** Checks the fields; at least one field must have changed. */
  public StepChange {
    Objects.requireNonNull(stepId, "stepId");
    changedFields = List.copyOf(changedFields);
    Objects.requireNonNull(valenceBefore, "valenceBefore");
    Objects.requireNonNull(valenceAfter, "valenceAfter");
    kpiChanges = List.copyOf(kpiChanges);
    checkArgument(
        !changedFields.isEmpty(), "stepChange '%s'.changedFields must not be empty", stepId);
  }

  /** {@code after - before} valence, when both maps record an emotion at this step. */
  public Optional<Double> valenceChange() {
    return valenceBefore.isPresent() && valenceAfter.isPresent()
        ? Optional.of(valenceAfter.get() - valenceBefore.get())
        : Optional.empty();
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(stepId).append(": ").append(changedFields);
    if (valenceBefore.isPresent() || valenceAfter.isPresent()) {
      s.append(", valence ").append(valence(valenceBefore)).append(" -> ");
      s.append(valence(valenceAfter));
      valenceChange().ifPresent(d -> s.append(String.format(Locale.ROOT, " (%+.2f)", d)));
    }
    for (KpiChange k : kpiChanges) {
      s.append(", ").append(k);
    }
    return s.toString();
  }

  private static String valence(Optional<Double> v) {
    return v.map(d -> String.format(Locale.ROOT, "%+.2f", d)).orElse("n/a");
  }
}
