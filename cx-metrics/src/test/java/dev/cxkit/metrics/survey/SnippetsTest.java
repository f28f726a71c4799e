package dev.cxkit.metrics.survey;

import dev.cxkit.metrics.clv.*;
import dev.cxkit.metrics.drivers.*;
import dev.cxkit.metrics.experience.*;
import dev.cxkit.metrics.gaps.*;
import dev.cxkit.metrics.kano.*;
import dev.cxkit.metrics.retention.*;
import dev.cxkit.metrics.sentiment.*;
import dev.cxkit.metrics.stats.*;
import dev.cxkit.model.*;
import dev.cxkit.model.blueprint.*;
import dev.cxkit.model.experience.*;
import dev.cxkit.model.interaction.*;
import dev.cxkit.model.journey.*;
import dev.cxkit.model.json.*;
import dev.cxkit.model.lifecycle.*;
import dev.cxkit.model.map.*;
import dev.cxkit.model.persona.*;
import dev.cxkit.model.samples.*;
import dev.cxkit.model.survey.*;
import dev.cxkit.model.survey.Scale;
import dev.cxkit.model.touchpoint.*;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of this package as {@code {@snippet}} regions: compiled and run here, shown
 * in the javadoc of the classes named by each region.
 */
@SuppressWarnings("unused") // the examples name values they show, not values they use
class SnippetsTest {

  @Test
  void comparisons() throws Exception {
    // @start region="comparisons"
    ScoreComparison c =
        Comparisons.netScores(NetScoreCounts.nps(300, 100, 100), NetScoreCounts.nps(250, 130, 120));
    // difference 0.14, interval centre 0.13917, SE 0.05107, z 2.725, p 0.0064
    ScoreComparison w =
        Comparisons.means(MeanSummary.of(10, 0.75, 1.79), MeanSummary.of(10, 2.33, 2.0), 0.95);
    // @end
  }

  @Test
  void csatScore() throws Exception {
    // @start region="csatScore"
    CsatScore csat = CsatScore.of(ScoreDistribution.of(Scale.csat5(), 2, 3, 5, 6, 4));
    csat.topTwoBox(); // share answering 4 or 5 = 0.50, Wilson 95%
    csat.mean(); // 3.35, t 95%
    // @end
  }

  @Test
  void effortScore() throws Exception {
    // @start region="effortScore"
    EffortScore ces =
        EffortScore.of(
            EffortScale.ces2(), ScoreDistribution.of(Scale.ces2(), 1, 2, 3, 4, 10, 20, 10));
    ces.easyShare(); // 40/50 agree (5-7) = 0.80
    ces.netEasy(); // 0.80 - 0.12 = 0.68
    // @end
  }

  @Test
  void intervalSpec() throws Exception {
    // @start region="intervalSpec"
    IntervalSpec.adjustedWald(0.95); // default for net scores
    IntervalSpec.wilson(0.90); // default family for proportions
    IntervalSpec.bootstrapBca(0.95, 2_000, 42L); // seeded BCa bootstrap
    // @end
  }

  @Test
  void meanSummary() throws Exception {
    // @start region="meanSummary"
    MeanSummary a = MeanSummary.of(new double[] {0.7, -1.6, -0.2, -1.2, -0.1});
    MeanSummary b = MeanSummary.of(12, 4.1, 0.9);
    // @end
  }

  @Test
  void means() throws Exception {
    // @start region="means"
    ScoreDistribution d = ScoreDistribution.of(Scale.csat5(), 2, 3, 5, 6, 4);
    Score mean = Means.of(d); // mean 3.35, 95% t interval
    // @end
  }

  @Test
  void netScoreAccumulator() throws Exception {
    // @start region="netScoreAccumulator"
    NetScoreAccumulator acc = new NetScoreAccumulator(NetScoreDefinition.nps());
    acc.addAll(new int[] {10, 9, 8, 3, 10});
    acc.addWeighted(6, 2.0);
    NetScoreCounts counts = acc.snapshot(); // 3 promoters, 1 passive, 2 detractors
    // @end
  }

  @Test
  void netScoreCounts() throws Exception {
    // @start region="netScoreCounts"
    NetScoreCounts q1 = NetScoreCounts.nps(250, 675, 75);
    NetScoreCounts q2 = NetScoreCounts.nps(12, 5, 3);
    NetScoreCounts year = q1.plus(q2); // NPS counts{promoters=262, passives=680, detractors=78}
    Score nps = NetScores.of(year); // adjusted-Wald 95% interval
    boolean roundTrip = NetScoreCounts.fromBytes(year.toBytes()).equals(year); // true
    // @end
  }

  @Test
  void netScoreDefinition() throws Exception {
    // @start region="netScoreDefinition"
    NetScoreDefinition nps = NetScoreDefinition.nps(); // promoters 9-10, detractors 0-6
    nps.classify(8); // 0 (passive)
    NetScoreDefinition strict =
        NetScoreDefinition.of("NPS strict", Scale.nps(), 10, 10, 0, 6)
            .withBandNames(NetScoreDefinition.nps().bandNames());
    strict.isStandard(); // false
    // @end
  }

  @Test
  void sampleSizes() throws Exception {
    // @start region="sampleSizes"
    SampleSizes.netScore(0.05, 0.95); // 1537: ±5 NPS points, worst case V = 1
    SampleSizes.netScore(0.05, 0.95, 0.5); // 769 with an expected V of 0.5
    SampleSizes.proportion(0.05, 0.95, 0.5); // 385
    // @end
  }

  @Test
  void score() throws Exception {
    // @start region="score"
    Score nps = NetScores.of(NetScoreCounts.nps(12, 5, 3));
    nps.estimate(); // OptionalDouble[0.45]
    nps.interval(); // [0.08431, 0.69830] (95% ADJUSTED_WALD)
    nps.hasFlag(ScoreFlag.SMALL_SAMPLE); // true: n = 20
    nps.points().estimate(); // OptionalDouble[45.0]: the −100..100 points scale
    // @end
  }

  @Test
  void scoreAccumulator() throws Exception {
    // @start region="scoreAccumulator"
    ScoreAccumulator acc = new ScoreAccumulator(Scale.csat5());
    acc.addAll(new int[] {5, 4, 4, 2, 5});
    acc.addWeighted(3, 1.5);
    ScoreDistribution d = acc.snapshot(); // n = 6, weighted
    // @end
  }

  @Test
  void scoreComparison() throws Exception {
    // @start region="scoreComparison"
    ScoreComparison c =
        Comparisons.netScores(NetScoreCounts.nps(300, 100, 100), NetScoreCounts.nps(250, 130, 120));
    c.difference(); // 0.14: NPS 0.40 - 0.26
    c.intervalCentre(); // 0.13917: adjusted-Wald centres 200/503 - 130/503
    c.pValue(); // 0.0064
    // @end
  }

  @Test
  void scoreDistribution() throws Exception {
    // @start region="scoreDistribution"
    ScoreDistribution csat = ScoreDistribution.of(Scale.csat5(), 2, 3, 5, 6, 4); // n = 20
    csat.count(5); // 4
    boolean same = csat.plus(ScoreDistribution.empty(Scale.csat5())).equals(csat); // true
    boolean roundTrip = ScoreDistribution.fromBytes(csat.toBytes()).equals(csat); // true
    // @end
  }
}
