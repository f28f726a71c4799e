package dev.cxkit.journey.insight;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.events.Dictionary;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.metrics.stats.Distributions;
import dev.cxkit.metrics.stats.PValueAdjustment;
import dev.cxkit.metrics.stats.TwoByTwo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Correlation analysis of conversion (PostHog's funnel correlation, PostHog issue #6474): which
 * touchpoints, channels, types or stages are over- or under-represented among converting journeys
 * compared with the others. For every value of the {@link Dimension}, a journey is <i>exposed</i>
 * when the value occurs in it <i>before its conversion</i> (the goal event and anything after it
 * are outcome, never exposure; a journey that does not convert counts all its events); the 2 × 2
 * table of exposure by conversion gives the odds ratio with Woolf's interval and Fisher's exact
 * p-value ({@link TwoByTwo}, the Haldane–Anscombe correction when a cell is 0), the p-values are
 * adjusted together over the values tested, and the values are ranked by adjusted p-value, then by
 * the size of the log odds ratio.
 *
 * <p>Nothing is adjusted for: in particular nothing decided after the exposure (journey length,
 * completion, the outcome). The analysis is observational: an over-represented touchpoint may be
 * one that converting customers seek out, not one that makes customers convert.
 *
 * <pre>{@code
 * ConversionCorrelation c =
 *     ConversionCorrelation.of(journeys, Dimension.TOUCHPOINT, 5, 0.95, PValueAdjustment.HOLM);
 * c.features().get(0);   // the strongest evidence: name, exposure counts, odds ratio, adjusted p
 * }</pre>
 */
public final class ConversionCorrelation {
  private final Dimension dimension;
  private final List<Feature> features;
  private final List<String> untestable;
  private final long journeys;
  private final long conversions;

  private ConversionCorrelation(
      Dimension dimension,
      List<Feature> features,
      List<String> untestable,
      long journeys,
      long conversions) {
    this.dimension = dimension;
    this.features = List.copyOf(features);
    this.untestable = List.copyOf(untestable);
    this.journeys = journeys;
    this.conversions = conversions;
  }

  /**
   * One value tested.
   *
   * @param name the touchpoint, channel, type or stage
   * @param exposed journeys in which it occurs before conversion
   * @param exposedConversions of those, the converted ones
   * @param unexposed the other journeys
   * @param unexposedConversions of those, the converted ones
   * @param oddsRatio odds of converting when exposed over odds when not, with interval and Fisher's
   *     exact p-value
   * @param adjustedPValue the p-value adjusted over all values tested
   */
  public record Feature(
      String name,
      long exposed,
      long exposedConversions,
      long unexposed,
      long unexposedConversions,
      TwoByTwo.OddsRatio oddsRatio,
      double adjustedPValue) {

    /** Validates the counts. */
    public Feature {
      checkNotNull(name, "name");
      checkNotNull(oddsRatio, "oddsRatio");
      checkArgument(
          exposedConversions >= 0
              && exposedConversions <= exposed
              && unexposedConversions >= 0
              && unexposedConversions <= unexposed,
          "feature '%s' needs conversions within journeys, was %s of %s and %s of %s",
          name,
          exposedConversions,
          exposed,
          unexposedConversions,
          unexposed);
    }

    /** Conversion rate of the exposed journeys. */
    public double exposedRate() {
      return (double) exposedConversions / exposed;
    }

    /** Conversion rate of the other journeys. */
    public double unexposedRate() {
      return (double) unexposedConversions / unexposed;
    }

    /** Whether exposed journeys convert more often (odds ratio above 1). */
    public boolean overRepresented() {
      return oddsRatio.estimate() > 1;
    }
  }

  /**
   * The correlation of each value of {@code dimension} with conversion.
   *
   * @param minJourneys values occurring (before conversion) in fewer journeys are not tested
   * @throws IllegalArgumentException when no journey or every journey converted, {@code
   *     minJourneys} is below 1 or the level is not in (0, 1)
   */
  public static ConversionCorrelation of(
      Journeys journeys,
      Dimension dimension,
      long minJourneys,
      double confidenceLevel,
      PValueAdjustment adjustment) {
    checkNotNull(journeys, "journeys");
    checkNotNull(dimension, "dimension");
    checkNotNull(adjustment, "adjustment");
    checkArgument(minJourneys >= 1, "minJourneys must be at least 1, was %s", minJourneys);
    Distributions.checkConfidence(confidenceLevel);
    Dictionary names = dimension.dictionary(journeys.dictionaries());
    int size = names.size();
    long[] exposed = new long[size];
    long[] exposedConv = new long[size];
    int[] seen = new int[size];
    long conversions = 0;
    int n = journeys.count();
    for (int j = 0; j < n; j++) {
      boolean converted = journeys.converted(j);
      int start = journeys.start(j);
      int end = converted ? start + journeys.conversionIndex(j) : journeys.end(j);
      conversions += converted ? 1 : 0;
      for (int i = start; i < end; i++) {
        int s = journeys.symbol(dimension, i);
        if (seen[s] != j + 1) {
          seen[s] = j + 1;
          exposed[s]++;
          exposedConv[s] += converted ? 1 : 0;
        }
      }
    }
    checkArgument(
        conversions > 0 && conversions < n,
        "a correlation with conversion needs converted and other journeys, had %s converted of %s",
        conversions,
        n);
    List<Integer> tested = new ArrayList<>();
    List<String> untestable = new ArrayList<>();
    for (int s = 0; s < size; s++) {
      if (exposed[s] < minJourneys) {
        continue;
      }
      if (exposed[s] == n) {
        untestable.add(names.name(s)); // no unexposed journey to compare with
      } else {
        tested.add(s);
      }
    }
    List<TwoByTwo.OddsRatio> ors = new ArrayList<>();
    double[] p = new double[tested.size()];
    for (int k = 0; k < tested.size(); k++) {
      int s = tested.get(k);
      long a = exposedConv[s];
      long b = exposed[s] - a;
      long c = conversions - a;
      long d = n - conversions - b;
      TwoByTwo.OddsRatio or = TwoByTwo.oddsRatio(a, b, c, d, confidenceLevel);
      ors.add(or);
      p[k] = or.pValue();
    }
    double[] adjusted = p.length == 0 ? p : adjustment.adjust(p); // nothing to test: no family
    List<Feature> features = new ArrayList<>();
    for (int k = 0; k < tested.size(); k++) {
      int s = tested.get(k);
      features.add(
          new Feature(
              names.name(s),
              exposed[s],
              exposedConv[s],
              n - exposed[s],
              conversions - exposedConv[s],
              ors.get(k),
              adjusted[k]));
    }
    features.sort(
        Comparator.comparingDouble(Feature::adjustedPValue)
            .thenComparing(
                Comparator.comparingDouble(
                        (Feature f) -> Math.abs(Math.log(f.oddsRatio().estimate())))
                    .reversed())
            .thenComparing(Feature::name));
    return new ConversionCorrelation(dimension, features, untestable, n, conversions);
  }

  /** The dimension whose values were tested. */
  public Dimension dimension() {
    return dimension;
  }

  /** The values tested, strongest evidence first. */
  public List<Feature> features() {
    return features;
  }

  /** Values in every journey before conversion: nothing to compare them with. */
  public List<String> untestable() {
    return untestable;
  }

  /** Journeys analysed. */
  public long journeys() {
    return journeys;
  }

  /** Converted journeys among them. */
  public long conversions() {
    return conversions;
  }

  @Override
  public String toString() {
    return "ConversionCorrelation["
        + dimension
        + ", "
        + features.size()
        + " values tested over "
        + journeys
        + " journeys]";
  }
}
