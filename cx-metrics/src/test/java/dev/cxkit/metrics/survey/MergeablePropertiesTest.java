package dev.cxkit.metrics.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.metrics.stats.Interval;
import dev.cxkit.model.survey.Scale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class MergeablePropertiesTest {

  @Provide
  Arbitrary<int[]> npsAnswers() {
    return Arbitraries.integers().between(0, 10).array(int[].class).ofMaxSize(300);
  }

  @Property
  void splittingIntoChunksAndMergingEqualsFoldingAll(
      @ForAll("npsAnswers") int[] answers, @ForAll @IntRange(min = 1, max = 7) int k) {
    NetScoreCounts all =
        new NetScoreAccumulator(NetScoreDefinition.nps()).addAll(answers).snapshot();
    NetScoreCounts merged = NetScoreCounts.empty(NetScoreDefinition.nps());
    ScoreDistribution mergedDistribution = ScoreDistribution.empty(Scale.nps());
    int chunk = Math.max(1, (answers.length + k - 1) / k);
    for (int from = 0; from < answers.length; from += chunk) {
      int[] part = Arrays.copyOfRange(answers, from, Math.min(answers.length, from + chunk));
      merged =
          merged.plus(new NetScoreAccumulator(NetScoreDefinition.nps()).addAll(part).snapshot());
      mergedDistribution =
          mergedDistribution.plus(new ScoreAccumulator(Scale.nps()).addAll(part).snapshot());
    }
    assertEquals(all, merged);
    assertEquals(new ScoreAccumulator(Scale.nps()).addAll(answers).snapshot(), mergedDistribution);
  }

  @Property
  void accumulatorsMergeChunksInPlaceToTheFoldOfAll(
      @ForAll("npsAnswers") int[] answers, @ForAll @IntRange(min = 1, max = 7) int k) {
    NetScoreAccumulator all = new NetScoreAccumulator(NetScoreDefinition.nps()).addAll(answers);
    NetScoreAccumulator byCounts = new NetScoreAccumulator(NetScoreDefinition.nps());
    NetScoreAccumulator byDistributions = new NetScoreAccumulator(NetScoreDefinition.nps());
    ScoreAccumulator histogram = new ScoreAccumulator(Scale.nps());
    int chunk = Math.max(1, (answers.length + k - 1) / k);
    for (int from = 0; from < answers.length; from += chunk) {
      int[] part = Arrays.copyOfRange(answers, from, Math.min(answers.length, from + chunk));
      byCounts.addAll(new NetScoreAccumulator(NetScoreDefinition.nps()).addAll(part).snapshot());
      ScoreDistribution d = new ScoreAccumulator(Scale.nps()).addAll(part).snapshot();
      byDistributions.addAll(d);
      histogram.addAll(d);
    }
    assertEquals(all.snapshot(), byCounts.snapshot());
    assertEquals(all.snapshot(), byDistributions.snapshot());
    assertEquals(all.distribution(), histogram.snapshot());
    assertEquals(answers.length, all.n());
    assertEquals(answers.length, byCounts.n());
    assertEquals(answers.length, histogram.n());
  }

  @Property
  void mergeIsAssociativeWithIdentity(
      @ForAll @LongRange(max = 1000) long a1,
      @ForAll @LongRange(max = 1000) long a2,
      @ForAll @LongRange(max = 1000) long a3,
      @ForAll @LongRange(max = 1000) long b1,
      @ForAll @LongRange(max = 1000) long b2,
      @ForAll @LongRange(max = 1000) long b3,
      @ForAll @LongRange(max = 1000) long c1) {
    NetScoreCounts a = NetScoreCounts.nps(a1, a2, a3);
    NetScoreCounts b = NetScoreCounts.nps(b1, b2, b3);
    NetScoreCounts c = NetScoreCounts.nps(c1, a3, b1);
    assertEquals(a.plus(b).plus(c), a.plus(b.plus(c)));
    assertEquals(a, a.plus(NetScoreCounts.empty(NetScoreDefinition.nps())));
    assertEquals(a, NetScoreCounts.empty(NetScoreDefinition.nps()).plus(a));
    assertEquals(a.plus(b), b.plus(a));
  }

  @Property
  void orderOfAnswersDoesNotMatter(@ForAll("npsAnswers") int[] answers, @ForAll long seed) {
    List<Integer> shuffled = new ArrayList<>();
    for (int a : answers) {
      shuffled.add(a);
    }
    Collections.shuffle(shuffled, new java.util.Random(seed));
    int[] reordered = shuffled.stream().mapToInt(Integer::intValue).toArray();
    assertEquals(
        new NetScoreAccumulator(NetScoreDefinition.nps()).addAll(answers).snapshot(),
        new NetScoreAccumulator(NetScoreDefinition.nps()).addAll(reordered).snapshot());
  }

  @Property
  void weightedMergeMatchesFoldUpToRounding(
      @ForAll("npsAnswers") int[] answers, @ForAll @IntRange(min = 1, max = 5) int k) {
    double[] weights = new double[answers.length];
    for (int i = 0; i < answers.length; i++) {
      weights[i] = 0.5 + (i % 7) * 0.25;
    }
    ScoreDistribution all =
        new ScoreAccumulator(Scale.nps()).addAllWeighted(answers, weights).snapshot();
    ScoreDistribution merged = ScoreDistribution.empty(Scale.nps());
    int chunk = Math.max(1, (answers.length + k - 1) / k);
    for (int from = 0; from < answers.length; from += chunk) {
      int to = Math.min(answers.length, from + chunk);
      merged =
          merged.plus(
              new ScoreAccumulator(Scale.nps())
                  .addAllWeighted(
                      Arrays.copyOfRange(answers, from, to), Arrays.copyOfRange(weights, from, to))
                  .snapshot());
    }
    assertEquals(all.n(), merged.n());
    assertEquals(all.totalWeight(), merged.totalWeight(), 1e-9);
    assertEquals(all.effectiveN(), merged.effectiveN(), 1e-9);
    for (int point = 0; point <= 10; point++) {
      assertEquals(all.count(point), merged.count(point));
      assertEquals(all.weight(point), merged.weight(point), 1e-9);
    }
  }

  @Property
  void netScoresStayInRangeAndWaldContainsTheEstimate(
      @ForAll @LongRange(max = 5000) long p,
      @ForAll @LongRange(max = 5000) long m,
      @ForAll @LongRange(max = 5000) long d,
      @ForAll @IntRange(min = 50, max = 99) int confidencePercent) {
    NetScoreCounts counts = NetScoreCounts.nps(p, m, d);
    double level = confidencePercent / 100.0;
    for (IntervalSpec spec :
        new IntervalSpec[] {IntervalSpec.wald(level), IntervalSpec.adjustedWald(level)}) {
      Score s = NetScores.of(counts, spec);
      if (counts.n() == 0) {
        assertTrue(s.interval().isEmpty());
        continue;
      }
      double estimate = s.estimate().getAsDouble();
      assertTrue(estimate >= -1 && estimate <= 1);
      Interval ci = s.interval().orElseThrow();
      assertTrue(ci.lower() >= -1 && ci.upper() <= 1, ci.toString());
      if (spec.method() == dev.cxkit.metrics.stats.IntervalMethod.WALD) {
        assertTrue(ci.contains(estimate), ci + " " + estimate);
      }
    }
  }

  @Property(tries = 100)
  void resamplingIntervalsStayInRange(
      @ForAll @LongRange(max = 300) long p,
      @ForAll @LongRange(max = 300) long m,
      @ForAll @LongRange(min = 1, max = 300) long d,
      @ForAll long seed) {
    NetScoreCounts counts = NetScoreCounts.nps(p, m, d);
    for (IntervalSpec spec :
        new IntervalSpec[] {
          IntervalSpec.bootstrapPercentile(0.95, 200, seed),
          IntervalSpec.bootstrapBca(0.95, 200, seed),
          IntervalSpec.bayesDirichlet(0.95, 200, seed)
        }) {
      Interval ci = NetScores.of(counts, spec).interval().orElseThrow();
      assertTrue(ci.lower() >= -1 && ci.upper() <= 1 && ci.lower() <= ci.upper(), ci.toString());
    }
  }

  @Property
  void proportionIntervalsStayInUnitRangeAndContainTheirCentre(
      @ForAll @LongRange(max = 2000) long successes, @ForAll @LongRange(max = 2000) long failures) {
    long n = successes + failures;
    for (IntervalSpec spec :
        new IntervalSpec[] {
          IntervalSpec.wilson(0.95), IntervalSpec.agrestiCoull(0.95), IntervalSpec.wald(0.95)
        }) {
      Score s = Proportions.of(successes, n, spec);
      if (n == 0) {
        assertTrue(s.hasFlag(ScoreFlag.EMPTY_SAMPLE));
        continue;
      }
      Interval ci = s.interval().orElseThrow();
      assertTrue(ci.lower() >= 0 && ci.upper() <= 1, ci.toString());
      assertTrue(ci.contains(s.intervalCentre().getAsDouble()) || s.hasFlag(ScoreFlag.CLAMPED));
    }
  }
}
