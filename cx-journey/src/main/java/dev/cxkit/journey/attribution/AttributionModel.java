package dev.cxkit.journey.attribution;

import dev.cxkit.journey.paths.PathTable;
import java.time.Duration;
import java.util.Set;

/**
 * A multi-touch attribution model: shares each conversion (and its value) among the channels of the
 * journey that led to it.
 *
 * <p>Every model returns, per channel of the table, the conversions and the value credited. Credits
 * are accumulated with compensated summation and finished with a residual correction on the largest
 * credit, so that they add up exactly (left-to-right double sum in channel order) to the table's
 * total conversions and total value. The one exception is a model whose credits can be negative
 * (the coalition form of Shapley): with mixed signs no credit value may make the double sum land on
 * the total, and the sum is then within n ulps of the sum of the credits' magnitudes.
 *
 * <pre>{@code
 * PathTable table = PathTableReader.channelAttribution().read(Path.of("paths.csv"));
 * AttributionResult first = AttributionModel.firstTouch().attribute(table);
 * AttributionResult markov = MarkovAttribution.builder().order(2).build().attribute(table);
 * }</pre>
 */
public interface AttributionModel {

  /** Credits the conversions of {@code table} to its channels. */
  AttributionResult attribute(PathTable table);

  /** All credit to the first touch of each converting path. */
  static AttributionModel firstTouch() {
    return new FirstTouchModel();
  }

  /** All credit to the last touch of each converting path. */
  static AttributionModel lastTouch() {
    return new LastTouchModel();
  }

  /**
   * Equal credit per touch: a path {@code a > b > a} gives a two thirds and b one third (repeated
   * touches count).
   */
  static AttributionModel linear() {
    return new LinearModel();
  }

  /**
   * U-shaped position-based credit: 40 % to the first touch, 40 % to the last, 20 % shared equally
   * by the touches in between.
   */
  static AttributionModel positionBased() {
    return new PositionBasedModel(0.4, 0.2, 0.4);
  }

  /**
   * Position-based credit with weights {@code first}, {@code middle}, {@code last} (non-negative,
   * summing to 1). A one-touch path gives its touch everything; a two-touch path splits in the
   * ratio {@code first : last}; longer paths share {@code middle} equally over the inner touches.
   */
  static AttributionModel positionBased(double first, double middle, double last) {
    return new PositionBasedModel(first, middle, last);
  }

  /**
   * Time decay: touch i earns weight {@code 2^(-(t_last - t_i) / halfLife)}, normalised over the
   * path (so the conversion time itself cancels out). Needs a table with touch times ({@link
   * PathTable#hasTouchTimes()}).
   */
  static AttributionModel timeDecay(Duration halfLife) {
    return new TimeDecayModel(halfLife);
  }

  /**
   * All credit to the last touch whose channel is not in {@code directChannels}; a path of direct
   * touches only credits its last touch.
   */
  static AttributionModel lastNonDirect(Set<String> directChannels) {
    return new LastNonDirectModel(directChannels);
  }

  /**
   * Simplified Shapley value of Zhao et al. (2018): each converting path is split equally over its
   * distinct channels (the Shapley value of the game whose worth of a coalition is the number of
   * conversions of journeys that used only its channels).
   */
  static AttributionModel shapleySimplified() {
    return new ShapleySimplifiedModel();
  }

  /**
   * Full coalition Shapley value with the conversion rate as characteristic function: the worth of
   * a set S of channels is the conversion rate of the journeys whose channels all lie in S, and
   * channel i earns {@code Σ_{S ∌ i} |S|! (n-|S|-1)! / n! · (v(S ∪ {i}) - v(S))} times the total
   * journeys, which adds up to the total conversions. A channel whose journeys convert less often
   * than those without it gets negative credit. Exact over all subsets, so at most 15 channels;
   * needs non-converting journeys ({@link PathTable#hasNulls()}).
   */
  static AttributionModel shapleyCoalition() {
    return new ShapleyCoalitionAttribution();
  }
}
