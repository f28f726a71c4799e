package dev.cxkit.journey.attribution;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Conversions and conversion value credited to each channel by one attribution model.
 *
 * <p>The credits, added left to right in channel order as doubles, equal {@link
 * #totalConversions()} and {@link #totalValue()} exactly when no credit is negative, and to within
 * rounding otherwise (see the residual correction described on {@link AttributionModel}).
 *
 * {@snippet class=dev.cxkit.journey.attribution.SnippetsTest region=attributionResult}
 */
public final class AttributionResult {
  private final String model;
  private final List<ChannelCredit> credits;
  private final double totalConversions;
  private final double totalValue;

  AttributionResult(
      String model, String[] channels, double[] conversions, double[] values, double totalValue) {
    List<ChannelCredit> list = new ArrayList<>(channels.length);
    for (int i = 0; i < channels.length; i++) {
      list.add(new ChannelCredit(channels[i], conversions[i], values[i]));
    }
    this.model = model;
    this.credits = Collections.unmodifiableList(list);
    this.totalConversions = Credits.plainSum(conversions);
    this.totalValue = totalValue;
  }

  /** A short description of the model and its options, for example {@code "markov(order=2)"}. */
  public String model() {
    return model;
  }

  /** One credit per channel of the table, in channel-id order. */
  public List<ChannelCredit> credits() {
    return credits;
  }

  /** The credit of {@code channel}. */
  public ChannelCredit credit(String channel) {
    for (ChannelCredit c : credits) {
      if (c.channel().equals(channel)) {
        return c;
      }
    }
    checkArgument(false, "channel must be one of the table's channels, was '%s'", channel);
    throw new AssertionError();
  }

  /** Conversions credited to {@code channel}. */
  public double conversions(String channel) {
    return credit(channel).conversions();
  }

  /** Conversion value credited to {@code channel}. */
  public double value(String channel) {
    return credit(channel).value();
  }

  /** The credited conversions added up: the table's total conversions. */
  public double totalConversions() {
    return totalConversions;
  }

  /** The table's total conversion value, which the value credits add up to. */
  public double totalValue() {
    return totalValue;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(model).append(" {");
    for (ChannelCredit c : credits) {
      sb.append(
          String.format(Locale.ROOT, " %s=%.4f/%.4f", c.channel(), c.conversions(), c.value()));
    }
    return sb.append(" }").toString();
  }
}
