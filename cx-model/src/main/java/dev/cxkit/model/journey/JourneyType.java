package dev.cxkit.model.journey;

import static java.util.Objects.requireNonNull;

import dev.cxkit.model.internal.Checks;
import java.util.List;

/**
 * The type of a journey. An open type: the constants cover the journey types the CX literature
 * distinguishes; {@link #custom(String, String)} defines others.
 *
 * {@snippet class=dev.cxkit.model.journey.SnippetsTest region=journeyType}
 *
 * @param id stable identifier, for example {@code "purchase"}
 * @param name human-readable name
 */
public record JourneyType(String id, String name) {

  /** Finding, choosing and buying a product or service. */
  public static final JourneyType PURCHASE = new JourneyType("purchase", "Purchase");

  /** A service the customer schedules: maintenance, a renewal, a move. */
  public static final JourneyType PLANNED_SERVICE =
      new JourneyType("planned-service", "Planned service");

  /** A service need the customer did not choose: an outage, a breakdown, a billing error. */
  public static final JourneyType UNPREDICTABLE_SERVICE =
      new JourneyType("unpredictable-service", "Unpredictable service");

  /** The delivery of a contracted service over time. */
  public static final JourneyType SERVICE_DELIVERY =
      new JourneyType("service-delivery", "Service delivery");

  /** Shopping in store or online. */
  public static final JourneyType RETAIL = new JourneyType("retail", "Retail");

  /** Validates the components. */
  public JourneyType {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    Checks.id("journey type id", id);
    Checks.text("journey type name", name);
  }

  /** A journey type outside the standard ones. */
  public static JourneyType custom(String id, String name) {
    return new JourneyType(id, name);
  }

  /** The standard journey types, in declaration order. */
  public static List<JourneyType> standard() {
    return List.of(PURCHASE, PLANNED_SERVICE, UNPREDICTABLE_SERVICE, SERVICE_DELIVERY, RETAIL);
  }

  /** Whether this is one of the {@link #standard()} types. */
  public boolean isStandard() {
    return standard().contains(this);
  }
}
