package dev.cxkit.journey.funnel;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.journey.events.EventFilter;

/**
 * An exclusion step: a journey whose counted attempt has an event matching {@code filter} after the
 * event of step {@code fromStep} and before the event of step {@code toStep} (steps 0-based, both
 * ends exclusive) is removed from the whole funnel, as in PostHog's funnel exclusions (PostHog
 * issue #5553: such users are "fully removed from consideration on the entire funnel"). When the
 * attempt stopped after {@code fromStep} without reaching {@code toStep}, any matching event after
 * step {@code fromStep} inside the conversion window excludes it: the journey did X before it could
 * go on. In {@link FunnelOrdering#ANY_ORDER} the steps of the range are the completion ranks (the
 * {@code fromStep + 1}-th and {@code toStep + 1}-th distinct step completed).
 *
 * <pre>{@code
 * // journeys that called support between the cart and the order do not count
 * new FunnelExclusion("support call", EventFilter.touchpoints(dict, "call"), 1, 2);
 * }</pre>
 *
 * @param name the name shown in messages
 * @param filter the events that exclude
 * @param fromStep the step after which the exclusion starts (0-based)
 * @param toStep the step before which it ends (0-based, greater than {@code fromStep})
 */
public record FunnelExclusion(String name, EventFilter filter, int fromStep, int toStep) {

  /** Validates the exclusion (the funnel checks the steps exist). */
  public FunnelExclusion {
    checkNotNull(name, "name");
    checkArgument(!name.isBlank(), "exclusion name must not be blank, was '%s'", name);
    checkNotNull(filter, "filter");
    checkArgument(
        fromStep >= 0 && toStep > fromStep,
        "exclusion '%s' steps must satisfy 0 <= fromStep < toStep, was %s to %s",
        name,
        fromStep,
        toStep);
  }

  /** An exclusion between the first and the last of {@code steps} steps. */
  public static FunnelExclusion anywhere(String name, EventFilter filter, int steps) {
    return new FunnelExclusion(name, filter, 0, steps - 1);
  }
}
