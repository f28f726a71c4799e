package dev.cxkit.metrics.kano;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Boundaries, ties and messages of the Kano classes (exact values, not just "no exception"). */
class KanoEdgeCasesTest {

  @Test
  void theAccumulatorCountsAndMergesExactly() {
    KanoAccumulator acc = new KanoAccumulator(KanoEvaluationTable.berger1993());
    acc.add(KanoAnswer.LIKE, KanoAnswer.DISLIKE); // O in Berger's table
    acc.add(KanoAnswer.LIKE, KanoAnswer.NEUTRAL); // A
    acc.addAll(KanoCounts.of(1, 2, 3, 4, 5, 6));
    assertEquals(KanoCounts.of(2, 3, 3, 4, 5, 6), acc.snapshot());
    acc.addAll(KanoCounts.of(Long.MAX_VALUE - 23, 0, 0, 0, 0, 0));
    assertEquals(Long.MAX_VALUE, acc.snapshot().total());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> acc.addAll(KanoCounts.of(0, 0, 0, 0, 0, 1)));
    assertTrue(e.getMessage().startsWith("Kano answers overflow: "), e.getMessage());
    assertEquals(Long.MAX_VALUE, acc.snapshot().total(), "a refused merge adds nothing");
  }

  @Test
  void tablesCompareByCellsAndPrintTheirCodes() {
    KanoEvaluationTable berger = KanoEvaluationTable.berger1993();
    KanoEvaluationTable same = KanoEvaluationTable.of("qaaao", "RIIIM", "RIIIM", "RIIIM", "RRRRQ");
    KanoEvaluationTable other = KanoEvaluationTable.of("QAAAO", "RIIIM", "RIIIM", "RIIIM", "RRRRR");
    assertEquals(berger, same);
    assertEquals(berger.hashCode(), same.hashCode());
    assertNotEquals(berger, other);
    assertNotEquals(berger, "QAAAO");
    assertEquals("KanoEvaluationTable[QAAAO RIIIM RIIIM RIIIM RRRRQ]", berger.toString());
    assertEquals(
        "Kano table must have 5 rows, was 4",
        assertThrows(
                IllegalArgumentException.class,
                () -> KanoEvaluationTable.of("QAAAO", "RIIIM", "RIIIM", "RIIIM"))
            .getMessage());
    assertEquals(
        "Kano table row 2 must have 5 codes, was 'RIII'",
        assertThrows(
                IllegalArgumentException.class,
                () -> KanoEvaluationTable.of("QAAAO", "RIIIM", "RIII", "RIIIM", "RRRRQ"))
            .getMessage());
    assertEquals('Q', KanoCategory.QUESTIONABLE.code());
    assertEquals(KanoCategory.MUST_BE, KanoCategory.ofCode('m'));
  }

  @Test
  void classifyPairsUpAnswers() {
    KanoAnswer[] f = {KanoAnswer.LIKE, KanoAnswer.LIKE};
    KanoAnswer[] d = {KanoAnswer.DISLIKE};
    assertEquals(
        "functional and dysfunctional answers must pair up, was 2 and 1",
        assertThrows(
                IllegalArgumentException.class,
                () -> KanoCounts.classify(KanoEvaluationTable.berger1993(), f, d))
            .getMessage());
  }

  @Test
  void modeTiesGoToTheEarlierCategory() {
    assertEquals(KanoCategory.ATTRACTIVE, KanoCounts.of(5, 5, 0, 0, 0, 0).mode());
    assertEquals(KanoCategory.MUST_BE, KanoCounts.of(0, 0, 7, 7, 7, 0).mode());
    assertEquals(KanoCategory.QUESTIONABLE, KanoCounts.of(0, 0, 0, 0, 0, 1).mode());
    KanoCounts none = KanoCounts.empty();
    assertEquals(
        "mode needs at least one answer, was KanoCounts{A=0, O=0, M=0, I=0, R=0, Q=0}",
        assertThrows(IllegalArgumentException.class, none::mode).getMessage());
    assertEquals(
        "Fong's test needs at least one answer, was KanoCounts{A=0, O=0, M=0, I=0, R=0, Q=0}",
        assertThrows(IllegalArgumentException.class, none::fong).getMessage());
  }

  @Test
  void fongOfOneAnswerAndAClearMode() {
    // a = 1, b = 0, n = 1: threshold 1.65·√(1·1/2) = 1.1667 > 1: undecided
    KanoCounts.FongTest one = KanoCounts.of(0, 1, 0, 0, 0, 0).fong();
    assertEquals(KanoCategory.ONE_DIMENSIONAL, one.mode());
    assertEquals(1, one.difference());
    assertEquals(1.65 * Math.sqrt(0.5), one.threshold(), 1e-12);
    assertEquals(false, one.decided());
    // a = 60, b = 10, n = 100: 1.65·√(70·130/200) = 11.1298 < 50: decided
    KanoCounts.FongTest clear = KanoCounts.of(60, 10, 10, 10, 5, 5).fong();
    assertEquals(50, clear.difference());
    assertEquals(1.65 * Math.sqrt(70.0 * 130 / 200), clear.threshold(), 1e-12);
    assertTrue(clear.decided());
    assertTrue(clear.toString().contains("decided"), clear.toString());
  }
}
