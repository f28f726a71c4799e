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
  private final boolean additive;

  AttributionResult(
      String model, String[] channels, double[] conversions, double[] values, double totalValue) {
    this(model, channels, conversions, values, Credits.plainSum(conversions), totalValue, true);
  }

  /**
   * A result whose credits are not shares of the conversions (participation): each is at most
   * {@code totalConversions}, and they add up to more when paths have several channels.
   */
  static AttributionResult participation(
      String model,
      String[] channels,
      double[] conversions,
      double[] values,
      long totalConversions,
      double totalValue) {
    return new AttributionResult(
        model, channels, conversions, values, totalConversions, totalValue, false);
  }

  private AttributionResult(
      String model,
      String[] channels,
      double[] conversions,
      double[] values,
      double totalConversions,
      double totalValue,
      boolean additive) {
    List<ChannelCredit> list = new ArrayList<>(channels.length);
    for (int i = 0; i < channels.length; i++) {
      list.add(new ChannelCredit(channels[i], conversions[i], values[i]));
    }
    this.model = model;
    this.credits = Collections.unmodifiableList(list);
    this.totalConversions = totalConversions;
    this.totalValue = totalValue;
    this.additive = additive;
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

  /**
   * The table's total conversions: for an {@link #additive()} model the credited conversions added
   * up; for participation the conversions each credit is a part of (the credits add up to more).
   */
  public double totalConversions() {
    return totalConversions;
  }

  /**
   * The table's total conversion value, which the value credits of an {@link #additive()} model add
   * up to.
   */
  public double totalValue() {
    return totalValue;
  }

  /**
   * True when the credits are shares of the conversions and add up to the totals (every model but
   * participation); false when each channel is credited with every conversion it took part in, so
   * that the credits add up to more than the conversions and must not be summed.
   */
  public boolean additive() {
    return additive;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(model).append(additive ? " {" : " (not additive) {");
    for (ChannelCredit c : credits) {
      sb.append(
          String.format(Locale.ROOT, " %s=%.4f/%.4f", c.channel(), c.conversions(), c.value()));
    }
    return sb.append(" }").toString();
  }
}
