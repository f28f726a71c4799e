package dev.cxkit.model.samples;

import static java.util.Objects.requireNonNull;

import dev.cxkit.model.blueprint.ServiceBlueprint;
import dev.cxkit.model.json.CxJson;
import dev.cxkit.model.map.JourneyMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The sample journey maps and service blueprint bundled with cxkit, written from situations the CX
 * literature describes, read from the module's resources with {@link CxJson#strict()}.
 *
 * <ul>
 *   <li>{@link #cableOutage()}: a cable company's unpredictable-service journey (outage, phone
 *       call, IVR, transfers between departments, technician visit, billing correction), current
 *       state;
 *   <li>{@link #cableOutageFuture()}: its future-state redesign;
 *   <li>{@link #b2bPurchase()}: a B2B purchase journey with a buying group holding the
 *       buying-centre roles, per-stage participation and tollgates between stages;
 *   <li>{@link #b2bOnboarding()}: the service blueprint of that journey's purchase and onboarding
 *       steps.
 * </ul>
 *
 * {@snippet class=dev.cxkit.model.samples.SnippetsTest region=journeyMapSamples}
 */
public final class JourneyMapSamples {

  /** Resource path of the current-state cable outage map. */
  public static final String CABLE_OUTAGE = "cable-outage.journey-map.json";

  /** Resource path of the future-state cable outage map. */
  public static final String CABLE_OUTAGE_FUTURE = "cable-outage.future.journey-map.json";

  /** Resource path of the B2B purchase map. */
  public static final String B2B_PURCHASE = "b2b-purchase.journey-map.json";

  /** Resource path of the B2B onboarding service blueprint. */
  public static final String B2B_ONBOARDING = "b2b-onboarding.blueprint.json";

  private JourneyMapSamples() {}

  /** The current-state cable outage journey (unpredictable service). */
  public static JourneyMap cableOutage() {
    return read(CABLE_OUTAGE, JourneyMap.class);
  }

  /** The future-state cable outage journey: proactive alerts, one case owner, automatic credits. */
  public static JourneyMap cableOutageFuture() {
    return read(CABLE_OUTAGE_FUTURE, JourneyMap.class);
  }

  /** The B2B purchase journey with buying roles, per-stage participation and tollgates. */
  public static JourneyMap b2bPurchase() {
    return read(B2B_PURCHASE, JourneyMap.class);
  }

  /** The service blueprint of the B2B journey's purchase and onboarding steps. */
  public static ServiceBlueprint b2bOnboarding() {
    return read(B2B_ONBOARDING, ServiceBlueprint.class);
  }

  /**
   * Reads one bundled sample by its resource name (one of this class's constants).
   *
   * @throws IllegalArgumentException if there is no such sample
   */
  public static <T> T read(String resource, Class<T> type) {
    requireNonNull(resource, "resource");
    requireNonNull(type, "type");
    try (InputStream in = JourneyMapSamples.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException(
            "resource must be a bundled sample of dev.cxkit.model.samples, was '" + resource + "'");
      }
      return CxJson.strict().fromJson(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
