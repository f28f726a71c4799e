package dev.cxkit.render.map;

import dev.cxkit.model.map.Severity;
import java.util.Objects;

/**
 * A data-driven pain-point hotspot to overlay on a journey map: which step, how bad (a score and a
 * severity) and a short label. Hotspots are render-side input, so any analysis (survey text, event
 * drop-off, complaints) can produce them.
 *
 * <pre>{@code
 * Hotspot h = new Hotspot("call-support", 0.82, Severity.HIGH, "42% of journeys drop here");
 * String svg = JourneyMapSvg.of(map).withHotspots(List.of(h)).toSvg();
 * }</pre>
 *
 * @param stepId the map step the hotspot sits on
 * @param score a non-negative finite strength; shown as a number and sets the marker size
 * @param severity the severity, which sets the colour
 * @param label a short explanation shown beside the marker
 */
public record Hotspot(String stepId, double score, Severity severity, String label) {
  /** Checks the arguments. */
  public Hotspot {
    Objects.requireNonNull(stepId, "stepId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(label, "label");
    if (!Double.isFinite(score) || score < 0) {
      throw new IllegalArgumentException(
          "hotspot.score must be finite and >= 0, was " + score + " (step " + stepId + ")");
    }
  }
}
