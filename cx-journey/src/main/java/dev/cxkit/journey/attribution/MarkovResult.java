package dev.cxkit.journey.attribution;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of a Markov removal-effect analysis: the chain's conversion probability and expected
 * value from the start state, each channel's removal effects, and the attribution derived from
 * them.
 *
 * <pre>{@code
 * MarkovResult m = MarkovAttribution.builder().order(2).build().analyze(table);
 * double re = m.removalEffect("email");          // 1 - P(conv | email removed) / P(conv)
 * double credited = m.attribution().conversions("email");
 * }</pre>
 */
public final class MarkovResult {
  private final AttributionResult attribution;
  private final Map<String, Double> removalEffects;
  private final Map<String, Double> valueRemovalEffects;
  private final double conversionProbability;
  private final double expectedValue;
  private final int states;
  private final int transitions;
  private final double residual;
  private final boolean simulated;

  MarkovResult(
      AttributionResult attribution,
      String[] channels,
      double[] removalEffects,
      double[] valueRemovalEffects,
      double conversionProbability,
      double expectedValue,
      int states,
      int transitions,
      double residual,
      boolean simulated) {
    Map<String, Double> re = new LinkedHashMap<>();
    Map<String, Double> rv = new LinkedHashMap<>();
    for (int i = 0; i < channels.length; i++) {
      re.put(channels[i], removalEffects[i]);
      rv.put(channels[i], valueRemovalEffects[i]);
    }
    this.attribution = attribution;
    this.removalEffects = Collections.unmodifiableMap(re);
    this.valueRemovalEffects = Collections.unmodifiableMap(rv);
    this.conversionProbability = conversionProbability;
    this.expectedValue = expectedValue;
    this.states = states;
    this.transitions = transitions;
    this.residual = residual;
    this.simulated = simulated;
  }

  /** Conversions and value credited in proportion to the removal effects. */
  public AttributionResult attribution() {
    return attribution;
  }

  /** Removal effect on conversions per channel, in channel order: {@code 1 - P_c / P}. */
  public Map<String, Double> removalEffects() {
    return removalEffects;
  }

  /** Removal effect of {@code channel} on the conversion probability. */
  public double removalEffect(String channel) {
    Double v = removalEffects.get(channel);
    checkArgument(v != null, "channel must be one of the table's channels, was '%s'", channel);
    return v;
  }

  /** Removal effect on expected conversion value per channel: {@code 1 - V_c / V}. */
  public Map<String, Double> valueRemovalEffects() {
    return valueRemovalEffects;
  }

  /** P(conversion) from the start state of the full chain. */
  public double conversionProbability() {
    return conversionProbability;
  }

  /** Expected conversion value per journey from the start state of the full chain. */
  public double expectedValue() {
    return expectedValue;
  }

  /** Number of transient states, start included. */
  public int states() {
    return states;
  }

  /** Number of transient-to-transient transitions with positive probability. */
  public int transitions() {
    return transitions;
  }

  /**
   * Largest residual {@code |(I - Q) x - r|} over all solves (exact analysis), or 0 for a
   * simulation.
   */
  public double residual() {
    return residual;
  }

  /** True when the numbers were estimated by Monte-Carlo simulation rather than solved. */
  public boolean simulated() {
    return simulated;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "MarkovResult[%s, P(conv)=%.6f, %d states, %d transitions, residual %.1e] %s",
        simulated ? "simulated" : "exact",
        conversionProbability,
        states,
        transitions,
        residual,
        attribution);
  }
}
