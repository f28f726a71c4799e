package dev.cxkit.journey.paths;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import java.util.List;
import java.util.Locale;

/**
 * One distinct path and how many journeys took it.
 *
 * <pre>{@code
 * PathVariant v = variants.top(1).get(0);
 * String.join(" > ", v.steps());   // "search > product > cart > order"
 * v.share();                       // share of all journeys
 * }</pre>
 *
 * @param steps the step names in order
 * @param journeys journeys with this path
 * @param conversions of those, journeys that converted
 * @param share {@code journeys} over all journeys
 */
public record PathVariant(List<String> steps, long journeys, long conversions, double share) {

  /** Validates the counts. */
  public PathVariant {
    steps = List.copyOf(steps);
    checkArgument(!steps.isEmpty(), "steps must not be empty, was %s", steps);
    checkArgument(journeys > 0, "journeys must be > 0, was %s", journeys);
    checkArgument(
        conversions >= 0 && conversions <= journeys,
        "conversions must be in 0..journeys (%s), was %s",
        journeys,
        conversions);
    checkArgument(share > 0 && share <= 1, "share must be in (0, 1], was %s", share);
  }

  /** Conversions over journeys. */
  public double conversionRate() {
    return (double) conversions / journeys;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s: %d journeys (%.2f%%), %d converted",
        String.join(" > ", steps),
        journeys,
        share * 100,
        conversions);
  }
}
