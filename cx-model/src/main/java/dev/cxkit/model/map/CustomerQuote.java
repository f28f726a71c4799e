package dev.cxkit.model.map;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cxkit.model.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A customer's own words at a journey step, with where they were heard and, optionally, which
 * persona said them.
 *
 * {@snippet class=dev.cxkit.model.map.SnippetsTest region=customerQuote}
 */
@Value.Immutable
@JsonSerialize
public abstract class CustomerQuote {

  CustomerQuote() {}

  /** The verbatim. */
  public abstract String text();

  /** Where it was heard: interview, call recording, survey comment, review. */
  public abstract Optional<String> source();

  /** The persona (by id, listed in the map's personas) the speaker represents. */
  public abstract Optional<String> personaId();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A quote without source or persona. */
  public static CustomerQuote of(String text) {
    return builder().text(text).build();
  }

  @Value.Check
  final void check() {
    Checks.nonBlank("customerQuote.text", text());
    source().ifPresent(s -> Checks.nonBlank("customerQuote.source", s));
    personaId().ifPresent(p -> Checks.id("customerQuote.personaId", p));
  }

  @Override
  public final String toString() {
    return "\""
        + text()
        + "\""
        + personaId().map(p -> " (" + p + ")").orElse("")
        + source().map(s -> " [" + s + "]").orElse("");
  }

  /** Builds a {@link CustomerQuote}. */
  public static final class Builder extends ImmutableCustomerQuote.Builder {}
}
