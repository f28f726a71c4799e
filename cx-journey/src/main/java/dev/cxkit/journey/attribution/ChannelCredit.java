package dev.cxkit.journey.attribution;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import java.util.Locale;

/**
 * The credit one channel earns under an attribution model.
 *
 * <pre>{@code
 * ChannelCredit c = result.credit("email");
 * double share = c.conversions() / result.totalConversions();
 * }</pre>
 *
 * @param channel the channel name
 * @param conversions conversions credited (may be fractional; negative only under the coalition
 *     Shapley model)
 * @param value conversion value credited
 */
public record ChannelCredit(String channel, double conversions, double value) {
  /** Checks that the numbers are finite. */
  public ChannelCredit {
    checkArgument(!channel.isBlank(), "channel must not be blank, was '%s'", channel);
    checkArgument(Double.isFinite(conversions), "conversions must be finite, was %s", conversions);
    checkArgument(Double.isFinite(value), "value must be finite, was %s", value);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "%s: %.6f conversions, %.6f value", channel, conversions, value);
  }
}
