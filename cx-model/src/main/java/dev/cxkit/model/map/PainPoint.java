package dev.cxkit.model.map;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cxkit.model.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * A source of friction at a journey step, how severe it is, and the evidence behind it.
 *
 * {@snippet class=dev.cxkit.model.map.SnippetsTest region=painPoint}
 */
@Value.Immutable
@JsonSerialize
public abstract class PainPoint {

  PainPoint() {}

  /** What goes wrong for the customer. */
  public abstract String description();

  /** How badly it hurts. */
  public abstract Severity severity();

  /** Where the pain point is documented: research findings, data, verbatims. */
  public abstract List<String> evidence();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A pain point without recorded evidence. */
  public static PainPoint of(String description, Severity severity) {
    return builder().description(description).severity(severity).build();
  }

  @Value.Check
  final void check() {
    Checks.nonBlank("painPoint.description", description());
    Checks.allNonBlank("painPoint.evidence", evidence());
  }

  @Override
  public final String toString() {
    return "PainPoint{"
        + severity()
        + " '"
        + description()
        + "'"
        + (evidence().isEmpty() ? "" : ", evidence=" + evidence())
        + "}";
  }

  /** Builds a {@link PainPoint}. */
  public static final class Builder extends ImmutablePainPoint.Builder {}
}
