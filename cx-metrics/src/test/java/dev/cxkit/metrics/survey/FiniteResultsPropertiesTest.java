package dev.cxkit.metrics.survey;

import static dev.cxkit.model.testing.FiniteResults.finiteOrRefused;

import dev.cxkit.metrics.stats.Interval;
import dev.cxkit.metrics.stats.IntervalMethod;
import dev.cxkit.model.survey.Scale;
import dev.cxkit.model.testing.FiniteResults;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * Issue 14: every survey calculator turns finite valid input (counts up to Long.MAX_VALUE, weights
 * and values of any finite magnitude) into finite numbers or a clear IllegalArgumentException.
 */
class FiniteResultsPropertiesTest {

  private static final IntervalMethod[] PROPORTION_METHODS = {
    IntervalMethod.WILSON, IntervalMethod.AGRESTI_COULL, IntervalMethod.WALD
  };

  @Provide
  Arbitrary<Long> counts() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(0, 1000),
        Arbitraries.longs().between(0, Long.MAX_VALUE),
        Arbitraries.of(0L, 1L, Long.MAX_VALUE / 3, Long.MAX_VALUE / 2, Long.MAX_VALUE));
  }

  @Provide
  Arbitrary<Double> finite() {
    return FiniteResults.anyFinite();
  }

  private static double[] numbers(Score s) {
    List<Double> out = new ArrayList<>();
    out.add(s.effectiveN());
    s.estimate().ifPresent(out::add);
    s.standardError().ifPresent(out::add);
    s.intervalCentre().ifPresent(out::add);
    s.interval().ifPresent(i -> addInterval(out, i));
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static double[] numbers(ScoreComparison c) {
    List<Double> out = new ArrayList<>(List.of(c.difference(), c.standardError(), c.statistic()));
    out.add(c.pValue());
    out.add(c.effectSize());
    c.degreesOfFreedom().ifPresent(out::add);
    addInterval(out, c.interval());
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static void addInterval(List<Double> out, Interval i) {
    out.add(i.lower());
    out.add(i.upper());
  }

  @Property
  void proportionsOfAnyCounts(
      @ForAll("counts") long a,
      @ForAll("counts") long b,
      @ForAll @DoubleRange(min = 0.5, max = 0.999) @net.jqwik.api.constraints.Scale(3)
          double level) {
    long n = Math.max(a, b);
    long successes = Math.min(a, b);
    for (IntervalMethod m : PROPORTION_METHODS) {
      finiteOrRefused(
          "proportion " + successes + "/" + n + " " + m,
          () -> numbers(Proportions.of(successes, n, IntervalSpec.of(m, level))));
    }
  }

  @Property
  void netScoresOfAnyCounts(
      @ForAll("counts") long p, @ForAll("counts") long passive, @ForAll("counts") long d) {
    for (IntervalMethod m :
        new IntervalMethod[] {IntervalMethod.WALD, IntervalMethod.ADJUSTED_WALD}) {
      finiteOrRefused(
          "NPS " + p + "/" + passive + "/" + d + " " + m,
          () -> numbers(NetScores.of(NetScoreCounts.nps(p, passive, d), IntervalSpec.of(m, 0.95))));
    }
    finiteOrRefused(
        "NPS comparison",
        () ->
            numbers(
                Comparisons.netScores(
                    NetScoreCounts.nps(p, passive, d), NetScoreCounts.nps(d, p, passive))));
  }

  @Property
  void weightedScoresOfAnyWeights(
      @ForAll @Size(min = 1, max = 40) List<@LongRange(min = 0, max = 10) Long> scores,
      @ForAll("finite") double weight,
      @ForAll("finite") double otherWeight) {
    finiteOrRefused(
        "weighted scores, weights " + weight + " and " + otherWeight,
        () -> {
          ScoreAccumulator acc = new ScoreAccumulator(Scale.nps());
          for (int i = 0; i < scores.size(); i++) {
            acc.addWeighted(scores.get(i).intValue(), i % 2 == 0 ? weight : otherWeight);
          }
          ScoreDistribution dist = acc.snapshot();
          NetScoreCounts counts = dist.netScoreCounts(NetScoreDefinition.nps());
          List<Double> out = new ArrayList<>();
          for (double v : numbers(NetScores.of(counts, IntervalSpec.wald(0.95)))) {
            out.add(v);
          }
          for (double v : numbers(NetScores.of(counts, IntervalSpec.adjustedWald(0.95)))) {
            out.add(v);
          }
          for (double v : numbers(Means.of(dist))) {
            out.add(v);
          }
          for (double v : numbers(Proportions.topBox(dist, 2))) {
            out.add(v);
          }
          out.add(dist.totalWeight());
          return out.stream().mapToDouble(Double::doubleValue).toArray();
        });
  }

  @Property
  void meansAndPairedTestsOfAnyValues(
      @ForAll @Size(min = 2, max = 20) List<@From("finite") Double> before,
      @ForAll("finite") double shift) {
    double[] b = before.stream().mapToDouble(Double::doubleValue).toArray();
    double[] a = before.stream().mapToDouble(v -> v + shift).toArray();
    finiteOrRefused(
        "mean summary",
        () -> {
          MeanSummary m = MeanSummary.of(b);
          return new double[] {m.mean(), m.standardDeviation()};
        });
    finiteOrRefused("paired t", () -> numbers(Comparisons.paired(b, a, 0.95)));
    finiteOrRefused(
        "Welch t", () -> numbers(Comparisons.means(MeanSummary.of(b), MeanSummary.of(a), 0.95)));
  }

  @Property
  void sampleSizesOfAnyInputs(
      @ForAll("finite") double margin,
      @ForAll("finite") double sd,
      @ForAll @DoubleRange(min = 0.5, max = 0.9999) @net.jqwik.api.constraints.Scale(4)
          double level) {
    finiteOrRefused(
        "sample size for a mean", () -> new double[] {SampleSizes.mean(margin, level, sd)});
    finiteOrRefused(
        "sample size for a proportion",
        () -> new double[] {SampleSizes.proportion(Math.abs(margin), level, 0.5)});
  }
}
