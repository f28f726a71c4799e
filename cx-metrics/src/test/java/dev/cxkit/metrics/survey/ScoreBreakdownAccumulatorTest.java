package dev.cxkit.metrics.survey;

import static dev.cxkit.model.testing.WireTesting.assertRefused;
import static dev.cxkit.model.testing.WireTesting.assertWireContract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.model.survey.Scale;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ScoreBreakdownAccumulatorTest {

  record Answer(String segment, int score, double weight) {}

  private static List<Answer> answers(long seed, int n) {
    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
    List<Answer> out = new ArrayList<>();
    String[] segments = {"north", "south", "east", "west", "sü\"d, 2"};
    for (int i = 0; i < n; i++) {
      out.add(
          new Answer(
              segments[r.nextInt(segments.length)], r.nextInt(11), r.nextInt(3) == 0 ? 1.5 : 0));
    }
    return out;
  }

  private static void feed(ScoreBreakdownAccumulator<String> acc, List<Answer> answers) {
    for (Answer a : answers) {
      if (a.weight() > 0) {
        acc.addWeighted(a.segment(), a.score(), a.weight());
      } else {
        acc.add(a.segment(), a.score());
      }
    }
  }

  @Test
  void answersOneAtATimeGiveTheBatchBreakdown() {
    List<Answer> answers = answers(7, 500);
    List<Answer> unweighted = answers.stream().filter(a -> a.weight() == 0).toList();
    ScoreBreakdownAccumulator<String> live = new ScoreBreakdownAccumulator<>(Scale.nps());
    feed(live, unweighted);
    assertEquals(
        ScoreBreakdown.of(Scale.nps(), unweighted, Answer::segment, Answer::score),
        live.snapshot());
    assertEquals(unweighted.size(), live.n());
    assertEquals(5, live.segmentCount());
    assertEquals(
        "ScoreBreakdownAccumulator{NPS 0-10, 5 segments, n=" + unweighted.size() + "}",
        live.toString());
  }

  @Test
  void accumulatorsOfThreadsMergeToTheSingleThreadedResult() throws Exception {
    List<Answer> answers = answers(11, 20_000);
    ScoreBreakdownAccumulator<String> one = new ScoreBreakdownAccumulator<>(Scale.nps());
    feed(one, answers);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ScoreBreakdown<String>>> parts = new ArrayList<>();
      int chunk = answers.size() / 4;
      for (int t = 0; t < 4; t++) {
        List<Answer> slice = answers.subList(t * chunk, t == 3 ? answers.size() : (t + 1) * chunk);
        parts.add(
            pool.submit(
                () -> {
                  ScoreBreakdownAccumulator<String> own =
                      new ScoreBreakdownAccumulator<>(Scale.nps());
                  feed(own, slice);
                  return own.snapshot();
                }));
      }
      ScoreBreakdownAccumulator<String> merged = new ScoreBreakdownAccumulator<>(Scale.nps());
      ScoreBreakdown<String> folded = ScoreBreakdown.empty(Scale.nps());
      for (Future<ScoreBreakdown<String>> f : parts) {
        merged.addAll(f.get());
        folded = folded.plus(f.get());
      }
      ScoreBreakdown<String> expected = one.snapshot();
      for (String s : expected.segments()) {
        // counts are exact; weight sums are floating point and agree up to rounding
        assertEquals(expected.segment(s).n(), merged.snapshot().segment(s).n());
        assertEquals(expected.segment(s).n(), folded.segment(s).n());
        for (int p = 0; p <= 10; p++) {
          assertEquals(expected.segment(s).count(p), merged.snapshot().segment(s).count(p));
          assertEquals(expected.segment(s).weight(p), merged.snapshot().segment(s).weight(p), 1e-9);
        }
      }
      assertEquals(one.n(), merged.n());
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aRefusedAnswerLeavesNoTrace() {
    ScoreBreakdownAccumulator<String> acc = new ScoreBreakdownAccumulator<>(Scale.nps());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> acc.add("north", 11));
    assertEquals("NPS 0-10 score must be 0..10, was 11", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> acc.addWeighted("south", 9, -1.0));
    assertThrows(NullPointerException.class, () -> acc.add(null, 9));
    assertEquals(0, acc.segmentCount());
    assertEquals(0, acc.n());
    assertThrows(
        IllegalArgumentException.class,
        () -> acc.addAll(ScoreBreakdown.<String>empty(Scale.csat5())));
  }

  @Property(tries = 100)
  void splittingIntoChunksAndMergingEqualsFoldingAll(
      @ForAll long seed,
      @ForAll @IntRange(max = 400) int n,
      @ForAll @IntRange(min = 1, max = 7) int k) {
    List<Answer> answers =
        answers(seed, n).stream().map(a -> new Answer(a.segment(), a.score(), 0)).toList();
    ScoreBreakdownAccumulator<String> all = new ScoreBreakdownAccumulator<>(Scale.nps());
    feed(all, answers);
    ScoreBreakdown<String> merged = ScoreBreakdown.empty(Scale.nps());
    ScoreBreakdownAccumulator<String> mergedInPlace = new ScoreBreakdownAccumulator<>(Scale.nps());
    int chunk = Math.max(1, (n + k - 1) / k);
    for (int from = 0; from < n; from += chunk) {
      ScoreBreakdownAccumulator<String> part = new ScoreBreakdownAccumulator<>(Scale.nps());
      feed(part, answers.subList(from, Math.min(n, from + chunk)));
      merged = merged.plus(part.snapshot());
      mergedInPlace.addAll(part.snapshot());
    }
    assertEquals(all.snapshot(), merged);
    assertEquals(all.snapshot(), mergedInPlace.snapshot());
  }

  @Property(tries = 100)
  void breakdownsRoundTripAndRefuseHostileBytes(
      @ForAll long seed, @ForAll @Size(max = 1) List<@IntRange(max = 200) Integer> size) {
    ScoreBreakdownAccumulator<String> acc = new ScoreBreakdownAccumulator<>(Scale.nps());
    feed(acc, answers(seed, size.isEmpty() ? 0 : size.get(0)));
    ScoreBreakdown<String> b = acc.snapshot();
    assertWireContract(
        b,
        x -> x.toBytes(Function.identity()),
        bytes -> ScoreBreakdown.fromBytes(bytes, Function.identity()),
        "ScoreBreakdown",
        seed,
        40);
  }

  @Test
  void breakdownWireFormNeedsUniqueSegmentNames() {
    ScoreBreakdown<Integer> b =
        new ScoreBreakdownAccumulator<Integer>(Scale.nps()).add(1, 9).add(2, 3).snapshot();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> b.toBytes(k -> "same"));
    assertTrue(e.getMessage().contains("'same' twice"), e.getMessage());
    byte[] bytes = b.toBytes(String::valueOf);
    assertEquals(b, ScoreBreakdown.fromBytes(bytes, Integer::valueOf));
    String twice = assertRefused(x -> ScoreBreakdown.fromBytes(x, s -> 0), bytes, "ScoreBreakdown");
    assertTrue(twice.contains("appears twice"), twice);
  }
}
