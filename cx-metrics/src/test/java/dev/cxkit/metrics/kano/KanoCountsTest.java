package dev.cxkit.metrics.kano;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.model.testing.WireTesting;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class KanoCountsTest {

  @Test
  void betterWorseAndFongGolden() {
    // Berger et al. (1993) coefficients; Fong (1996) test. Golden values from
    // /work/shared/reference/golden-values.md: A=30, O=25, M=20, I=25 -> Better 0.55,
    // Worse -0.45; a=30, b=25, n=100 -> threshold 10.42 > 5: undecided.
    KanoCounts c = KanoCounts.of(30, 25, 20, 25, 0, 0);
    assertEquals(0.55, c.better(), 1e-12);
    assertEquals(-0.45, c.worse(), 1e-12);
    KanoCounts.FongTest f = c.fong();
    assertEquals(10.42, f.threshold(), 0.005);
    assertEquals(5, f.difference());
    assertFalse(f.decided());
    assertEquals(KanoCategory.ATTRACTIVE, f.mode());
    assertTrue(f.toString().contains("undecided"));
  }

  @Test
  void fongDecidedWhenTheModeDominates() {
    // a=60, b=20, n=100: 1.65*sqrt(80*120/200) = 1.65*6.9282 = 11.43 < 40
    KanoCounts.FongTest f = KanoCounts.of(10, 60, 20, 10, 0, 0).fong();
    assertEquals(11.4315, f.threshold(), 1e-4);
    assertTrue(f.decided());
    assertEquals(KanoCategory.ONE_DIMENSIONAL, f.mode());
  }

  @Test
  void bergerTableClassifiesTheTextbookPairs() {
    KanoEvaluationTable t = KanoEvaluationTable.berger1993();
    assertEquals(KanoCategory.ONE_DIMENSIONAL, t.classify(KanoAnswer.LIKE, KanoAnswer.DISLIKE));
    assertEquals(KanoCategory.ATTRACTIVE, t.classify(KanoAnswer.LIKE, KanoAnswer.NEUTRAL));
    assertEquals(KanoCategory.MUST_BE, t.classify(KanoAnswer.NEUTRAL, KanoAnswer.DISLIKE));
    assertEquals(KanoCategory.INDIFFERENT, t.classify(KanoAnswer.NEUTRAL, KanoAnswer.NEUTRAL));
    assertEquals(KanoCategory.REVERSE, t.classify(KanoAnswer.DISLIKE, KanoAnswer.LIKE));
    assertEquals(KanoCategory.QUESTIONABLE, t.classify(KanoAnswer.LIKE, KanoAnswer.LIKE));
    assertEquals(KanoCategory.QUESTIONABLE, t.classify(KanoAnswer.DISLIKE, KanoAnswer.DISLIKE));
  }

  @Test
  void customTableAndCounting() {
    KanoEvaluationTable custom =
        KanoEvaluationTable.of("QAAAO", "RIIIM", "RIIIM", "RIIMM", "RRRRQ");
    assertEquals(KanoCategory.MUST_BE, custom.classify(KanoAnswer.LIVE_WITH, KanoAnswer.LIVE_WITH));
    KanoCounts c =
        KanoCounts.classify(
            KanoEvaluationTable.berger1993(),
            new KanoAnswer[] {KanoAnswer.LIKE, KanoAnswer.LIKE, KanoAnswer.NEUTRAL},
            new KanoAnswer[] {KanoAnswer.DISLIKE, KanoAnswer.NEUTRAL, KanoAnswer.DISLIKE});
    assertEquals(KanoCounts.of(1, 1, 1, 0, 0, 0), c);
  }

  @Test
  void rejectsBadInput() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> KanoEvaluationTable.of("QAAAX", "RIIIM", "RIIIM", "RIIIM", "RRRRQ"));
    assertTrue(e.getMessage().contains("was 'X'"));
    assertThrows(IllegalArgumentException.class, () -> KanoCounts.of(-1, 0, 0, 0, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> KanoCounts.of(0, 0, 0, 0, 3, 1).better());
    assertThrows(IllegalArgumentException.class, () -> KanoCounts.empty().fong());
  }

  @Property
  void plusIsAssociativeWithIdentity(
      @ForAll @IntRange(max = 1000) int a,
      @ForAll @IntRange(max = 1000) int b,
      @ForAll @IntRange(max = 1000) int c) {
    KanoCounts x = KanoCounts.of(a, b, c, a, b, c);
    KanoCounts y = KanoCounts.of(c, a, b, 1, 2, 3);
    KanoCounts z = KanoCounts.of(b, c, a, 3, 2, 1);
    assertEquals(x.plus(y).plus(z), x.plus(y.plus(z)));
    assertEquals(x, x.plus(KanoCounts.empty()));
    assertEquals(x, KanoCounts.empty().plus(x));
  }

  @Property(tries = 200)
  void chunkedMergeEqualsOneFold(
      @ForAll @Size(max = 200) List<@IntRange(max = 24) Integer> pairs,
      @ForAll @IntRange(min = 1, max = 7) int chunks) {
    KanoEvaluationTable t = KanoEvaluationTable.berger1993();
    KanoAnswer[] a = KanoAnswer.values();
    KanoAccumulator all = new KanoAccumulator(t);
    KanoCounts merged = KanoCounts.empty();
    int size = (pairs.size() + chunks - 1) / chunks;
    for (int c = 0; c < chunks; c++) {
      KanoAccumulator part = new KanoAccumulator(t);
      for (int i = c * size; i < Math.min(pairs.size(), (c + 1) * size); i++) {
        part.add(a[pairs.get(i) / 5], a[pairs.get(i) % 5]);
      }
      merged = merged.plus(part.snapshot());
    }
    for (int pair : pairs) {
      all.add(a[pair / 5], a[pair % 5]);
    }
    assertEquals(all.snapshot(), merged);
    assertEquals(pairs.size(), merged.total());
  }

  @Property(tries = 200)
  void wireFormRoundTripsAndRefusesHostileBytes(
      @ForAll @LongRange(max = 1_000_000) long a,
      @ForAll @LongRange(max = 1_000_000) long o,
      @ForAll @LongRange(max = 50) long q,
      @ForAll long seed) {
    WireTesting.assertWireContract(
        KanoCounts.of(a, o, q, a / 3, o / 7, q),
        KanoCounts::toBytes,
        KanoCounts::fromBytes,
        "KanoCounts",
        seed,
        40);
  }

  @Test
  void accumulatorMergesInPlaceCountsAndPrints() {
    KanoAccumulator acc =
        new KanoAccumulator(KanoEvaluationTable.berger1993())
            .add(KanoAnswer.LIKE, KanoAnswer.DISLIKE)
            .addAll(KanoCounts.of(1, 0, 2, 0, 0, 0));
    assertEquals(4, acc.n());
    assertEquals(KanoCounts.of(1, 1, 2, 0, 0, 0), acc.snapshot());
    assertEquals("KanoAccumulator{n=4, KanoCounts{A=1, O=1, M=2, I=0, R=0, Q=0}}", acc.toString());
    assertThrows(
        IllegalArgumentException.class,
        () -> KanoCounts.of(Long.MAX_VALUE, 0, 0, 0, 0, 0).plus(KanoCounts.of(1, 0, 0, 0, 0, 0)));
  }
}
