package dev.cxkit.metrics.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.metrics.stats.MultipleComparisons;
import dev.cxkit.metrics.stats.PValueAdjustment;
import dev.cxkit.model.survey.Scale;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentScoresTest {

  /** Three regions given as NPS band counts spread on 10 (promoters), 8 and 0. */
  private static ScoreBreakdown<String> regions() {
    return ScoreBreakdown.of(
        Scale.nps(),
        Map.of(
            "north", nps(300, 100, 100),
            "south", nps(250, 130, 120),
            "east", nps(20, 10, 30)));
  }

  private static ScoreDistribution nps(long promoters, long passives, long detractors) {
    return ScoreDistribution.of(
        Scale.nps(), detractors, 0, 0, 0, 0, 0, 0, 0, passives, 0, promoters);
  }

  @Test
  void everySegmentIsTestedAgainstTheRestAndAdjustedTogether() {
    ScoreBreakdown<String> b = regions();
    IntervalSpec spec = IntervalSpec.adjustedWald(0.95);
    SegmentScores<String> holm =
        b.compareNetScores(NetScoreDefinition.nps(), spec, PValueAdjustment.HOLM);
    // independent calculation: each segment against the other two pooled, then R's p.adjust
    List<String> keys = List.copyOf(b.segments());
    double[] raw = new double[keys.size()];
    for (int i = 0; i < keys.size(); i++) {
      String k = keys.get(i);
      NetScoreCounts segment = b.segment(k).netScoreCounts(NetScoreDefinition.nps());
      NetScoreCounts rest = b.total().netScoreCounts(NetScoreDefinition.nps());
      rest =
          NetScoreCounts.nps(
              rest.promoters() - segment.promoters(),
              rest.passives() - segment.passives(),
              rest.detractors() - segment.detractors());
      ScoreComparison c = Comparisons.netScores(segment, rest);
      SegmentScore<String> row = holm.segment(k);
      assertEquals(c, row.versusRest().orElseThrow());
      assertEquals(NetScores.of(segment, spec), row.score());
      raw[i] = c.pValue();
    }
    double[] adjusted = MultipleComparisons.holm(raw);
    for (int i = 0; i < keys.size(); i++) {
      assertEquals(adjusted[i], holm.segment(keys.get(i)).adjustedPValue().getAsDouble(), 1e-15);
    }
    assertEquals(
        NetScores.of(b.total().netScoreCounts(NetScoreDefinition.nps()), spec), holm.total());
    double[] bh = MultipleComparisons.benjaminiHochberg(raw);
    SegmentScores<String> fdr =
        b.compareNetScores(NetScoreDefinition.nps(), spec, PValueAdjustment.BENJAMINI_HOCHBERG);
    assertEquals(bh[0], fdr.segment(keys.get(0)).adjustedPValue().getAsDouble(), 1e-15);
    SegmentScores<String> none =
        b.compareNetScores(NetScoreDefinition.nps(), spec, PValueAdjustment.NONE);
    assertEquals(raw[1], none.segment(keys.get(1)).adjustedPValue().getAsDouble(), 1e-15);
    // east (NPS -0.17 against 0.33 for the rest) differs after adjustment
    assertTrue(holm.significant(0.05).stream().anyMatch(s -> s.segment().equals("east")));
    assertTrue(holm.toString().contains("p-values adjusted: HOLM"), holm.toString());
    assertThrows(IllegalArgumentException.class, () -> holm.segment("west"));
  }

  @Test
  void adjustmentNeverMakesASegmentMoreSignificant() {
    SegmentScores<String> raw =
        regions().compareTopBox(2, IntervalSpec.wilson(0.95), PValueAdjustment.NONE);
    SegmentScores<String> holm =
        regions().compareTopBox(2, IntervalSpec.wilson(0.95), PValueAdjustment.HOLM);
    for (SegmentScore<String> s : raw.segments()) {
      assertTrue(
          holm.segment(s.segment()).adjustedPValue().getAsDouble()
              >= s.adjustedPValue().getAsDouble());
    }
  }

  @Test
  void segmentsThatCannotBeTestedSayWhy() {
    ScoreBreakdown<String> one =
        new ScoreBreakdownAccumulator<String>(Scale.csat5())
            .add("only", 5)
            .add("only", 4)
            .snapshot();
    SegmentScore<String> only =
        one.compareMeans(IntervalSpec.t(0.95), PValueAdjustment.HOLM).segment("only");
    assertTrue(only.versusRest().isEmpty());
    assertEquals("no other segment has answers", only.untestedBecause().orElseThrow());
    assertTrue(!only.isSignificant(0.05));
    ScoreBreakdown<String> tiny =
        new ScoreBreakdownAccumulator<String>(Scale.csat5())
            .add("a", 5)
            .add("b", 4)
            .add("b", 3)
            .snapshot();
    SegmentScore<String> a =
        tiny.compareMeans(IntervalSpec.t(0.95), PValueAdjustment.HOLM).segment("a");
    assertTrue(a.untestedBecause().orElseThrow().contains("n must be >= 2"), a.toString());
    assertTrue(a.toString().contains("not tested"), a.toString());
  }
}
