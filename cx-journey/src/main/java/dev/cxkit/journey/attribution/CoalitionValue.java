package dev.cxkit.journey.attribution;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.journey.paths.PathTable;
import java.util.function.IntToDoubleFunction;

/**
 * The value function (characteristic function) of the coalition Shapley attribution: the worth of
 * every coalition (set) of a path table's channels. Coalition {@code s} is a bit set: bit {@code i}
 * stands for channel id {@code i} of the table, so {@code s} runs over {@code [0, 2^n)} for {@code
 * n} channels.
 *
 * <p>The default, {@link #conversionRate()}, is the conversion rate of the journeys whose channels
 * all lie in the coalition. Any other worth can be plugged in ({@link
 * AttributionModel#shapleyCoalition(CoalitionValue)}), for example the conversion probability a
 * fitted model predicts for a journey that touched exactly the coalition's channels:
 *
 * {@snippet class=dev.cxkit.journey.attribution.SnippetsTest region=coalitionValue}
 */
@FunctionalInterface
public interface CoalitionValue {

  /**
   * The worth of every coalition of {@code table}'s channels: element {@code s} is the worth of the
   * coalition whose bits are set in {@code s}; {@code 2^table.channelCount()} finite numbers.
   */
  double[] worths(PathTable table);

  /** A short name for the model description, for example {@code "conversion rate"}. */
  default String name() {
    return "custom";
  }

  /**
   * The conversion rate of the journeys whose channels all lie in the coalition ({@code 0} when no
   * journey does, and for the empty coalition). Needs non-converting journeys ({@link
   * PathTable#hasNulls()}).
   */
  static CoalitionValue conversionRate() {
    return new JourneyCoalitionValue(false);
  }

  /**
   * The conversion value per journey of the journeys whose channels all lie in the coalition, the
   * worth with which the default model shares the conversion value.
   */
  static CoalitionValue valuePerJourney() {
    return new JourneyCoalitionValue(true);
  }

  /**
   * A worth that does not depend on the table: {@code worth.applyAsDouble(s)} for coalition {@code
   * s} (bit i: channel id i), for example a fitted model's prediction or a textbook game.
   */
  static CoalitionValue of(String name, IntToDoubleFunction worth) {
    checkNotNull(worth, "worth");
    checkArgument(!name.isBlank(), "name must not be blank, was '%s'", name);
    return new CoalitionValue() {
      @Override
      public double[] worths(PathTable table) {
        ShapleyCoalitionAttribution.checkChannels(table.channelCount());
        double[] out = new double[1 << table.channelCount()];
        for (int s = 0; s < out.length; s++) {
          out[s] = worth.applyAsDouble(s);
        }
        return out;
      }

      @Override
      public String name() {
        return name;
      }
    };
  }
}
