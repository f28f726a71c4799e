package dev.cxkit.metrics.survey;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.cxkit.metrics.stats.MultipleComparisons;
import dev.cxkit.model.survey.Scale;
import org.junit.jupiter.api.Test;

class ContractsTest {

  @Test
  void publicMethodsRejectNulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Scale.class, Scale.nps())
            .setDefault(NetScoreDefinition.class, NetScoreDefinition.nps())
            .setDefault(NetScoreCounts.class, NetScoreCounts.nps(5, 3, 2))
            .setDefault(ScoreDistribution.class, ScoreDistribution.of(Scale.csat5(), 1, 2, 3, 4, 5))
            .setDefault(IntervalSpec.class, IntervalSpec.wald(0.95))
            .setDefault(EffortScale.class, EffortScale.ces2())
            .setDefault(MeanSummary.class, MeanSummary.of(10, 3.0, 1.0))
            .setDefault(ComparisonMethod.class, ComparisonMethod.WALD_Z)
            .setDefault(ScoreBook.class, ScoreBook.empty())
            .setDefault(ScoreBreakdown.class, ScoreBreakdown.empty(Scale.nps()));
    for (Class<?> type :
        new Class<?>[] {
          NetScores.class,
          Proportions.class,
          Means.class,
          Comparisons.class,
          SampleSizes.class,
          ScaleMapping.class,
          NetScoreCounts.class,
          ScoreDistribution.class,
          ScoreBreakdown.class,
          ScoreBook.class,
          MultipleComparisons.class
        }) {
      tester.testAllPublicStaticMethods(type);
    }
    tester.testAllPublicInstanceMethods(NetScoreCounts.nps(1, 2, 3));
    tester.testAllPublicInstanceMethods(ScoreDistribution.of(Scale.csat5(), 1, 2, 3, 4, 5));
    tester.testAllPublicInstanceMethods(new ScoreAccumulator(Scale.nps()));
    tester.testAllPublicInstanceMethods(new NetScoreAccumulator(NetScoreDefinition.nps()));
    tester.testAllPublicInstanceMethods(ScaleMapping.byPosition(Scale.ces1(), Scale.ces2()));
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(NetScoreCounts.nps(1, 2, 3), NetScoreCounts.nps(1, 2, 3))
        .addEqualityGroup(NetScoreCounts.nps(3, 2, 1))
        .addEqualityGroup(NetScoreCounts.of(NetScoreDefinition.temkin(), 1, 2, 3))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            ScoreDistribution.of(Scale.csat5(), 1, 2, 3, 4, 5),
            ScoreDistribution.of(Scale.csat5(), 1, 2, 3, 4, 5))
        .addEqualityGroup(ScoreDistribution.of(Scale.csat5(), 1, 2, 3, 4, 6))
        .addEqualityGroup(new ScoreAccumulator(Scale.csat5()).addWeighted(1, 1.0).snapshot())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            ScaleMapping.byPosition(Scale.ces1(), Scale.ces2()),
            ScaleMapping.of(Scale.ces1(), Scale.ces2(), 7, 6, 4, 3, 1))
        .addEqualityGroup(ScaleMapping.of(Scale.ces1(), Scale.ces2(), 7, 6, 4, 2, 1))
        .testEquals();
  }
}
