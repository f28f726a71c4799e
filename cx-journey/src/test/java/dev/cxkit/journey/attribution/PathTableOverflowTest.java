package dev.cxkit.journey.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.paths.PathTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: two path rows of 9,223,372,036,854,775,807 conversions each gave −2 conversions per
 * channel. Counts that do not fit a long are refused naming the quantity and both operands; the
 * largest tables that fit give exact totals and finite, non-negative credits.
 */
class PathTableOverflowTest {

  private static final long MAX = Long.MAX_VALUE;
  private static final String RANGE =
      " is outside the exact range -9223372036854775808..9223372036854775807";

  @Test
  void identicalPathsWhoseConversionsDoNotFitAreRefused() {
    PathTable.Builder b = PathTable.builder().add(List.of("email", "search"), MAX, 0.0, 0);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> b.add(List.of("email", "search"), MAX, 0.0, 0));
    assertEquals(
        "conversions overflow: 9223372036854775807 + 9223372036854775807" + RANGE, e.getMessage());
    // all or nothing: the refused row left the path as it was
    PathTable t = b.build();
    assertEquals(MAX, t.conversions(0));
    assertEquals(MAX, t.totalConversions());
  }

  @Test
  void conversionsAndNullsOfOnePathMustFitTogether() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PathTable.builder().add(List.of("email"), MAX, 0.0, 1));
    assertEquals("journeys overflow: 9223372036854775807 + 1" + RANGE, e.getMessage());
    PathTable.Builder b = PathTable.builder().add(List.of("email"), MAX - 1, 0.0, 0);
    IllegalArgumentException merged =
        assertThrows(IllegalArgumentException.class, () -> b.add(List.of("email"), 0, 0.0, 2));
    assertEquals("journeys overflow: 9223372036854775806 + 2" + RANGE, merged.getMessage());
    assertEquals(0, b.build().nulls(0));
  }

  @Test
  void totalsOverDistinctPathsAreExact() {
    PathTable.Builder b =
        PathTable.builder().add(List.of("a"), MAX, 0.0, 0).add(List.of("b"), 1, 0.0, 0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertEquals("total conversions overflow: 9223372036854775807 + 1" + RANGE, e.getMessage());
    PathTable.Builder mixed =
        PathTable.builder().add(List.of("a"), MAX, 0.0, 0).add(List.of("b"), 0, 0.0, 1);
    assertEquals(
        "total journeys overflow: 9223372036854775807 + 1" + RANGE,
        assertThrows(IllegalArgumentException.class, mixed::build).getMessage());
  }

  @Test
  void theLargestTableThatFitsGivesFiniteNonNegativeCredits() {
    PathTable t =
        PathTable.builder()
            .add(List.of("email", "search"), MAX / 2, 1e300, 0)
            .add(List.of("search", "email", "search"), MAX / 2 + 1, 1e300, 0)
            .build();
    assertEquals(MAX, t.totalJourneys());
    for (AttributionModel model :
        List.of(
            AttributionModel.firstTouch(),
            AttributionModel.lastTouch(),
            AttributionModel.linear(),
            AttributionModel.positionBased())) {
      AttributionResult r = model.attribute(t);
      for (String channel : List.of("email", "search")) {
        double c = r.conversions(channel);
        assertTrue(Double.isFinite(c) && c >= 0, model + " " + channel + ": " + c);
        double v = r.value(channel);
        assertTrue(Double.isFinite(v) && v >= 0, model + " " + channel + " value: " + v);
      }
      assertEquals((double) MAX, r.totalConversions(), 1e3, model.toString());
    }
  }

  @Test
  void markovCountsThatDoNotFitAreRefusedNotWrapped() {
    // "search" is left twice on each of MAX / 2 + 1 journeys: 2^63 transitions do not fit a long
    PathTable t =
        PathTable.builder()
            .add(List.of("search", "email", "search"), MAX / 2 + 1, 0.0, 0)
            .add(List.of("email"), 0, 0.0, MAX / 2)
            .build();
    MarkovAttribution markov = MarkovAttribution.builder().build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> markov.analyze(t));
    // search -> email and search -> (conversion), MAX / 2 + 1 each
    assertEquals(
        "transitions out of state 'search' overflow: 4611686018427387904 + 4611686018427387904"
            + RANGE,
        e.getMessage());
  }

  @Test
  void markovAttributionOfTheLargestCountsThatFitIsFinite() {
    PathTable t =
        PathTable.builder()
            .add(List.of("search", "email"), MAX / 4, 1e300, 0)
            .add(List.of("email"), 0, 0.0, MAX / 4)
            .build();
    MarkovResult r = MarkovAttribution.builder().build().analyze(t);
    assertEquals(0.5, r.conversionProbability(), 1e-12);
    for (String channel : List.of("email", "search")) {
      double effect = r.removalEffect(channel);
      assertTrue(Double.isFinite(effect) && effect >= 0 && effect <= 1, channel + ": " + effect);
      double credit = r.attribution().conversions(channel);
      assertTrue(Double.isFinite(credit) && credit >= 0, channel + ": " + credit);
    }
  }
}
