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
 * the total, and the sum is then within n ulps of the sum of the credits' magnitudes. Participation
 * is not a sharing rule and not additive ({@link #participation()}).
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
   * W-shaped (milestone) credit, as defined by Marketo Measure, formerly Bizible (<a
   * href="https://experienceleague.adobe.com/en/docs/marketo-measure/using/introduction-to-marketo-measure/overview-resources/marketo-measure-attribution-models">Marketo
   * Measure attribution models</a>: the first touch, the lead creation touch and the opportunity
   * creation touch 30 % each, the remaining 10 % to the touches in between): 30 % to the first
   * touch, 30 % to the milestone touch (the first touch of channel {@code milestone} on the path,
   * for example the lead-creation form) and 30 % to the last touch, 10 % shared equally by the
   * others. Positions that fall on the same touch add their shares (a path that starts on the
   * milestone gives its first touch 60 %); on a path without the milestone, or without other
   * touches, the weights present are scaled to sum to 1 (no milestone: 3/7 first, 3/7 last, 1/7
   * shared by the middle).
   *
   * @throws IllegalArgumentException from {@code attribute} when {@code milestone} is not a channel
   *     of the table (a misspelt milestone is an error, not a zero)
   */
  static AttributionModel wShaped(String milestone) {
    return new WShapedModel(milestone);
  }

  /**
   * Participation: every channel on a converting path is credited with all its conversions and
   * value, once however often it was touched. The result is not additive ({@link
   * AttributionResult#additive()} is false): a channel's credit is the conversions it took part in,
   * and the credits add up to more than the conversions when paths have several channels.
   */
  static AttributionModel participation() {
    return new ParticipationModel();
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
   * than those without it gets negative credit. Exact over all subsets, so at most 20 channels;
   * needs non-converting journeys ({@link PathTable#hasNulls()}).
   */
  static AttributionModel shapleyCoalition() {
    return new ShapleyCoalitionAttribution(
        CoalitionValue.conversionRate(), CoalitionValue.valuePerJourney());
  }

  /**
   * Full coalition Shapley value of a user-supplied worth of the channel coalitions (for example
   * the conversion probability a fitted model predicts for a journey through exactly those
   * channels): channel i is credited {@code φ_i / (v(N) - v(∅))} of the conversions and of the
   * value, φ the exact Shapley values of {@code worth} (so the credits add up to the totals). At
   * most 20 channels.
   *
   * @throws IllegalArgumentException from {@code attribute} when a worth is not finite, the worths
   *     are not one per coalition, or {@code v(N) = v(∅)} while there are conversions to share
   */
  static AttributionModel shapleyCoalition(CoalitionValue worth) {
    return new ShapleyCoalitionAttribution(worth, worth);
  }
}
