package dev.cxkit.journey.attribution;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.metrics.stats.Interval;
import java.util.Locale;

/**
 * One channel's credit with its bootstrap intervals and standard errors.
 *
 * <pre>{@code
 * ChannelCreditInterval email = intervals.channel("email");
 * email.conversionsInterval().contains(email.conversions());
 * }</pre>
 *
 * @param channel the channel name
 * @param conversions conversions credited on the table itself
 * @param conversionsInterval percentile interval of the credited conversions
 * @param conversionsStandardError standard deviation of the replicates' credited conversions
 * @param value conversion value credited on the table itself
 * @param valueInterval percentile interval of the credited value
 * @param valueStandardError standard deviation of the replicates' credited value
 */
public record ChannelCreditInterval(
    String channel,
    double conversions,
    Interval conversionsInterval,
    double conversionsStandardError,
    double value,
    Interval valueInterval,
    double valueStandardError) {
  /** Checks that the numbers are finite and the errors non-negative. */
  public ChannelCreditInterval {
    checkArgument(!channel.isBlank(), "channel must not be blank, was '%s'", channel);
    checkNotNull(conversionsInterval, "conversionsInterval");
    checkNotNull(valueInterval, "valueInterval");
    checkArgument(Double.isFinite(conversions), "conversions must be finite, was %s", conversions);
    checkArgument(Double.isFinite(value), "value must be finite, was %s", value);
    checkArgument(
        conversionsStandardError >= 0 && Double.isFinite(conversionsStandardError),
        "conversionsStandardError must be finite and >= 0, was %s",
        conversionsStandardError);
    checkArgument(
        valueStandardError >= 0 && Double.isFinite(valueStandardError),
        "valueStandardError must be finite and >= 0, was %s",
        valueStandardError);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s=%.4f [%.4f, %.4f]",
        channel,
        conversions,
        conversionsInterval.lower(),
        conversionsInterval.upper());
  }
}
