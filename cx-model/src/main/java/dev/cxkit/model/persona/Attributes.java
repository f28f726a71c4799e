package dev.cxkit.model.persona;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cxkit.model.internal.Checks;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Descriptive attributes of a persona or segment, split into demographic (who they are),
 * psychographic (values, attitudes, lifestyle) and firmographic (the organisation, for B2B).
 *
 * {@snippet class=dev.cxkit.model.persona.SnippetsTest region=attributes}
 */
@Value.Immutable
@JsonSerialize
public abstract class Attributes {

  Attributes() {}

  /** Age band, location, occupation, household and similar. */
  public abstract Map<String, String> demographic();

  /** Values, attitudes, interests, lifestyle. */
  public abstract Map<String, String> psychographic();

  /** Industry, company size, region, technology stack (B2B). */
  public abstract Map<String, String> firmographic();

  /** No attributes. */
  public static Attributes empty() {
    return builder().build();
  }

  /** A builder; every map may stay empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether all three maps are empty. */
  public final boolean isEmpty() {
    return demographic().isEmpty() && psychographic().isEmpty() && firmographic().isEmpty();
  }

  @Value.Check
  final void check() {
    Checks.texts("demographic attribute names", demographic().keySet());
    Checks.texts("psychographic attribute names", psychographic().keySet());
    Checks.texts("firmographic attribute names", firmographic().keySet());
  }

  @Override
  public final String toString() {
    return "Attributes{demographic="
        + demographic()
        + ", psychographic="
        + psychographic()
        + ", firmographic="
        + firmographic()
        + "}";
  }

  /** Builds {@link Attributes}. */
  public static final class Builder extends ImmutableAttributes.Builder {}
}
