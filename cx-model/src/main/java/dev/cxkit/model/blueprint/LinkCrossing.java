package dev.cxkit.model.blueprint;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Objects;

/**
 * A {@link BlueprintLink} resolved against its blueprint: the lanes it joins and the lines it
 * crosses, top to bottom (empty for a link within one lane).
 *
 * {@snippet class=dev.cxkit.model.blueprint.SnippetsTest region=linkCrossing}
 *
 * @param link the link
 * @param fromLane the lane of the link's source entry
 * @param toLane the lane of the link's target entry
 * @param lines the lines crossed, top to bottom
 */
public record LinkCrossing(
    BlueprintLink link, Lane fromLane, Lane toLane, List<BlueprintLine> lines) {

  /** Checks the fields; {@code lines} must be what the two lanes imply. */
  public LinkCrossing {
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(fromLane, "fromLane");
    Objects.requireNonNull(toLane, "toLane");
    lines = List.copyOf(lines);
    if (!lines.equals(fromLane.linesCrossedTo(toLane))) {
      throw new IllegalArgumentException(
          "lines must be "
              + fromLane.linesCrossedTo(toLane)
              + " between "
              + fromLane
              + " and "
              + toLane
              + ", was "
              + lines);
    }
  }

  /** The crossing of {@code link} between two lanes. */
  public static LinkCrossing of(BlueprintLink link, Lane fromLane, Lane toLane) {
    requireNonNull(link, "link");
    requireNonNull(fromLane, "fromLane");
    requireNonNull(toLane, "toLane");
    return new LinkCrossing(link, fromLane, toLane, fromLane.linesCrossedTo(toLane));
  }

  @Override
  public String toString() {
    return link + " (" + fromLane + " -> " + toLane + ", crosses " + lines + ")";
  }
}
