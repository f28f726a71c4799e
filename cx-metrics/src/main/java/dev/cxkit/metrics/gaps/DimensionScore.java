package dev.cxkit.metrics.gaps;

import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Scores of one service-quality dimension, averaged over its items and respondents.
 *
 * <pre>{@code
 * DimensionScore rel = result.dimension("Reliability");
 * rel.perception();        // SERVPERF score, e.g. 5.1
 * rel.gap();               // SERVQUAL P − E, e.g. OptionalDouble[-0.8]
 * rel.alpha();             // Cronbach's alpha of the perception items
 * }</pre>
 *
 * @param name the dimension
 * @param items number of items
 * @param perception mean perception (the SERVPERF score of the dimension)
 * @param expectation mean expectation, when expectations were given
 * @param gap mean perception − expectation (the SERVQUAL score), when expectations were given
 * @param adequacy measure of service adequacy, perception − adequate, when the zone was given
 * @param superiority measure of service superiority, perception − desired, when the zone was given
 * @param zone position of the perception relative to the zone of tolerance, when given
 * @param alpha Cronbach's alpha of the perception items (empty for one item or no variance)
 * @param importance normalised importance weight of the dimension, when given
 */
public record DimensionScore(
    String name,
    int items,
    double perception,
    OptionalDouble expectation,
    OptionalDouble gap,
    OptionalDouble adequacy,
    OptionalDouble superiority,
    Optional<ZonePosition> zone,
    OptionalDouble alpha,
    OptionalDouble importance) {

  /** Checks for nulls. */
  public DimensionScore {
    checkNotNull(name, "name");
    checkNotNull(expectation, "expectation");
    checkNotNull(gap, "gap");
    checkNotNull(adequacy, "adequacy");
    checkNotNull(superiority, "superiority");
    checkNotNull(zone, "zone");
    checkNotNull(alpha, "alpha");
    checkNotNull(importance, "importance");
  }

  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder(
            String.format(Locale.ROOT, "%s (%d items): P=%.3f", name, items, perception));
    expectation.ifPresent(e -> sb.append(String.format(Locale.ROOT, ", E=%.3f", e)));
    gap.ifPresent(g -> sb.append(String.format(Locale.ROOT, ", P-E=%+.3f", g)));
    adequacy.ifPresent(a -> sb.append(String.format(Locale.ROOT, ", MSA=%+.3f", a)));
    superiority.ifPresent(s -> sb.append(String.format(Locale.ROOT, ", MSS=%+.3f", s)));
    zone.ifPresent(z -> sb.append(", ").append(z));
    alpha.ifPresent(a -> sb.append(String.format(Locale.ROOT, ", alpha=%.3f", a)));
    importance.ifPresent(w -> sb.append(String.format(Locale.ROOT, ", weight=%.3f", w)));
    return sb.toString();
  }
}
