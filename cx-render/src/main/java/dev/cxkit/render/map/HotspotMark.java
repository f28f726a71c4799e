package dev.cxkit.render.map;

import dev.cxkit.journey.insight.Hotspot;
import dev.cxkit.model.map.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A pain-point marker to overlay on a journey map: which step, how bad (a score and a severity) and
 * a short label. Marks are render-side input, so any analysis (survey text, event drop-off,
 * complaints) can produce them; the journey engine's ranked {@link Hotspot}s become marks with
 * {@link #fromRanked}.
 *
 * <pre>{@code
 * HotspotMark m = new HotspotMark("call-support", 0.82, Severity.HIGH, "42% of journeys drop here");
 * String svg = JourneyMapSvg.of(map).withHotspots(List.of(m)).toSvg();
 * String fromData = JourneyMapSvg.of(map)
 *     .withHotspots(HotspotMark.fromRanked(Hotspots.rank(mots), 5)).toSvg();
 * }</pre>
 *
 * @param stepId the map step the mark sits on
 * @param score a non-negative finite strength; shown as a number and sets the marker size
 * @param severity the severity, which sets the colour
 * @param label a short explanation shown beside the marker
 */
public record HotspotMark(String stepId, double score, Severity severity, String label) {
  /** Checks the arguments. */
  public HotspotMark {
    Objects.requireNonNull(stepId, "stepId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(label, "label");
    if (!Double.isFinite(score) || score < 0) {
      throw new IllegalArgumentException(
          "hotspot.score must be finite and >= 0, was " + score + " (step " + stepId + ")");
    }
  }

  /**
   * Marks for the designed steps among the first {@code top} of the journey engine's ranked
   * hotspots (as {@code Hotspots.rank} orders them): the first is {@link Severity#CRITICAL}, the
   * next two {@link Severity#HIGH}, the rest {@link Severity#MEDIUM}; each keeps its step and score
   * and is labelled with its rank and drop-off, for example {@code "#1 · drop-off 31.0 %"}.
   * Touchpoints and transitions the map does not design go beside their step with {@link
   * #unplannedFromRanked}.
   *
   * @throws IllegalArgumentException if {@code top} is negative
   */
  public static List<HotspotMark> fromRanked(List<Hotspot> ranked, int top) {
    return marks(ranked, top, false);
  }

  /**
   * Marks, for {@link JourneyMapSvg#withUnplannedHotspots}, for the unplanned touchpoints and
   * undesigned transitions among the first {@code top} ranked hotspots: each sits on the step where
   * it occurs ({@link Hotspot#anchorStepId()}; one that happens before any step is left out), with
   * the severity of its rank and a label naming it, for example {@code "#1 transfer · drop-off 9.0
   * %"}.
   *
   * @throws IllegalArgumentException if {@code top} is negative
   */
  public static List<HotspotMark> unplannedFromRanked(List<Hotspot> ranked, int top) {
    return marks(ranked, top, true);
  }

  private static List<HotspotMark> marks(List<Hotspot> ranked, int top, boolean unplanned) {
    Objects.requireNonNull(ranked, "ranked");
    if (top < 0) {
      throw new IllegalArgumentException("top must be >= 0, was " + top);
    }
    List<HotspotMark> marks = new ArrayList<>();
    for (int i = 0; i < Math.min(top, ranked.size()); i++) {
      Hotspot h = ranked.get(i);
      boolean step = h.kind() == Hotspot.Kind.STEP;
      if (step == unplanned || h.anchorStepId().isEmpty()) {
        continue;
      }
      marks.add(
          new HotspotMark(
              h.anchorStepId().get(),
              h.score(),
              i == 0 ? Severity.CRITICAL : i < 3 ? Severity.HIGH : Severity.MEDIUM,
              String.format(
                  Locale.ROOT,
                  "#%d%s · drop-off %.1f %%",
                  i + 1,
                  step ? "" : " " + h.item(),
                  100 * h.dropOff())));
    }
    return List.copyOf(marks);
  }
}
