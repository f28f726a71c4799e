package dev.cxkit.metrics.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.model.survey.Scale;
import org.junit.jupiter.api.Test;

class NetScoreDefinitionTest {

  @Test
  void npsBreaks() {
    // Reichheld (2003): promoters 9-10, passives 7-8, detractors 0-6
    NetScoreDefinition nps = NetScoreDefinition.nps();
    int[] expected = {-1, -1, -1, -1, -1, -1, -1, 0, 0, 1, 1};
    for (int score = 0; score <= 10; score++) {
      assertEquals(expected[score], nps.classify(score), "score " + score);
    }
    assertTrue(nps.isStandard());
  }

  @Test
  void temkinAndNetEasy() {
    // Temkin: % 6-7 minus % 1-3 on a 7-point scale
    NetScoreCounts temkin =
        new NetScoreAccumulator(NetScoreDefinition.temkin())
            .addAll(new int[] {7, 6, 5, 4, 3, 2, 1, 7, 7, 6})
            .snapshot();
    assertEquals(5, temkin.positives());
    assertEquals(2, temkin.passives());
    assertEquals(3, temkin.negatives());
    // CES 1.0 is low-is-good: 1-2 easy, 4-5 hard
    NetScoreDefinition ces1 = NetScoreDefinition.netEasyCes1();
    assertEquals(1, ces1.classify(1));
    assertEquals(0, ces1.classify(3));
    assertEquals(-1, ces1.classify(5));
    assertEquals(1, NetScoreDefinition.netEasy().classify(5));
    assertEquals(-1, NetScoreDefinition.netEasy().classify(3));
  }

  @Test
  void customBreaksAreNonStandardUnlessTheyEqualAPreset() {
    assertFalse(NetScoreDefinition.of("strict", Scale.nps(), 10, 10, 0, 6).isStandard());
    assertTrue(NetScoreDefinition.of("my NPS", Scale.nps(), 9, 10, 0, 6).isStandard());
    assertTrue(
        NetScoreDefinition.of("Temkin", Scale.sevenPoint("Brand 1-7"), 6, 7, 1, 3).isStandard());
    assertFalse(
        NetScoreDefinition.of("Top-3", Scale.sevenPoint("Brand 1-7"), 5, 7, 1, 3).isStandard());
    assertTrue(
        NetScoreDefinition.of("strict", Scale.nps(), 10, 10, 0, 6)
            .toString()
            .endsWith("(non-standard breaks)"));
  }

  @Test
  void rejectsInvalidBands() {
    IllegalArgumentException overlap =
        assertThrows(
            IllegalArgumentException.class,
            () -> NetScoreDefinition.of("x", Scale.nps(), 6, 10, 0, 6));
    assertTrue(overlap.getMessage().contains("must not overlap"), overlap.getMessage());
    IllegalArgumentException outside =
        assertThrows(
            IllegalArgumentException.class,
            () -> NetScoreDefinition.of("x", Scale.nps(), 9, 11, 0, 6));
    assertTrue(outside.getMessage().contains("positive band must be within"), outside.getMessage());
    IllegalArgumentException wrongEnd =
        assertThrows(
            IllegalArgumentException.class,
            () -> NetScoreDefinition.of("x", Scale.ces1(), 4, 5, 1, 2));
    assertTrue(
        wrongEnd.getMessage().contains("must contain the good end 1"), wrongEnd.getMessage());
    assertThrows(IllegalArgumentException.class, () -> NetScoreDefinition.nps().classify(11));
  }

  @Test
  void countsRefuseToMergeAcrossDefinitions() {
    NetScoreCounts nps = NetScoreCounts.nps(1, 1, 1);
    NetScoreCounts strict =
        NetScoreCounts.of(NetScoreDefinition.of("strict", Scale.nps(), 10, 10, 0, 6), 1, 1, 1);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> nps.plus(strict));
    assertTrue(e.getMessage().contains("same scale and breaks"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> NetScoreCounts.nps(-1, 0, 0));
  }

  @Test
  void countsSpeakInTheDefinitionsBandNames() {
    NetScoreCounts nps = NetScoreCounts.nps(12, 5, 3);
    assertEquals(12, nps.promoters());
    assertEquals(5, nps.passives());
    assertEquals(3, nps.detractors());
    assertEquals(nps.promoters(), nps.positives());
    assertEquals(nps.detractors(), nps.negatives());
    assertEquals("NPS counts{promoters=12, passives=5, detractors=3}", nps.toString());
    IllegalArgumentException promoters =
        assertThrows(IllegalArgumentException.class, () -> NetScoreCounts.nps(-1, 0, 0));
    assertEquals("promoters must be >= 0, was -1", promoters.getMessage());
    IllegalArgumentException detractors =
        assertThrows(IllegalArgumentException.class, () -> NetScoreCounts.nps(0, 0, -2));
    assertEquals("detractors must be >= 0, was -2", detractors.getMessage());
    assertEquals(
        "Net easy counts{easy=4, neutral=1, hard=2}",
        NetScoreCounts.of(NetScoreDefinition.netEasy(), 4, 1, 2).toString());
    IllegalArgumentException hard =
        assertThrows(
            IllegalArgumentException.class,
            () -> NetScoreCounts.of(NetScoreDefinition.netEasyCes1(), 1, 1, -1));
    assertEquals("hard must be >= 0, was -1", hard.getMessage());
    // custom definitions are generic unless named; names never change the measure
    NetScoreDefinition strict = NetScoreDefinition.of("strict", Scale.nps(), 10, 10, 0, 6);
    assertEquals(
        "strict counts{positives=1, passives=2, negatives=3}",
        NetScoreCounts.of(strict, 1, 2, 3).toString());
    NetScoreDefinition named =
        strict.withBandNames(new NetScoreDefinition.BandNames("fans", "neutrals", "critics"));
    assertTrue(named.sameMeasureAs(strict));
    assertTrue(named.toString().startsWith("strict on NPS 0-10: fans 10..10, critics 0..6"));
    assertEquals(
        NetScoreCounts.of(strict, 1, 2, 3).plus(NetScoreCounts.of(named, 1, 0, 0)).positives(), 2);
    assertThrows(
        IllegalArgumentException.class,
        () -> new NetScoreDefinition.BandNames("fans", "fans", "critics"));
    assertThrows(
        IllegalArgumentException.class, () -> new NetScoreDefinition.BandNames(" ", "a", "b"));
  }

  @Test
  void countsRefuseOverflowInsteadOfWrapping() {
    NetScoreCounts big = NetScoreCounts.nps(Long.MAX_VALUE - 1, 0, 0);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> big.plus(NetScoreCounts.nps(5, 0, 0)));
    assertTrue(e.getMessage().contains("promoters count overflow: "), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> NetScoreCounts.nps(Long.MAX_VALUE, 1, 0));
  }
}
