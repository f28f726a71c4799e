package dev.cxkit.journey.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.paths.PathTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * W-shaped (Marketo Measure's definition: first, milestone and last touch 30 % each, 10 % for the
 * others) and participation, on a table computed by hand.
 */
class MilestoneAndParticipationTest {

  /**
   *
   *
   * <ol>
   *   <li>a > lead > b > c: 2 conversions, 100. Weights a .3, lead .3, b .1, c .3.
   *   <li>lead > a: 1 conversion, 10. The milestone is the first touch: lead .6, a .3, no other
   *       touch: scaled to lead 2/3, a 1/3.
   *   <li>a > b > c: 1 conversion, 0. No milestone: .3, .1, .3 scaled to 3/7, 1/7, 3/7.
   *   <li>a > b > lead > c > a: 1 conversion, 20. a .3 (first) + .3 (last), lead .3, b and c .05.
   *   <li>b: no conversion, 5 nulls.
   * </ol>
   */
  static PathTable table() {
    return PathTable.builder()
        .add(List.of("a", "lead", "b", "c"), 2, 100, 0)
        .add(List.of("lead", "a"), 1, 10, 0)
        .add(List.of("a", "b", "c"), 1, 0, 0)
        .add(List.of("a", "b", "lead", "c", "a"), 1, 20, 0)
        .add(List.of("b"), 0, 0, 5)
        .build();
  }

  @Test
  void wShapedByHand() {
    AttributionResult r = AttributionModel.wShaped("lead").attribute(table());
    assertTrue(r.additive());
    assertEquals(2 * 0.3 + 1.0 / 3 + 3.0 / 7 + 0.6, r.conversions("a"), 1e-14);
    assertEquals(2 * 0.3 + 2.0 / 3 + 0.3, r.conversions("lead"), 1e-14);
    assertEquals(2 * 0.1 + 1.0 / 7 + 0.05, r.conversions("b"), 1e-14);
    assertEquals(2 * 0.3 + 3.0 / 7 + 0.05, r.conversions("c"), 1e-14);
    assertEquals(5.0, r.totalConversions());
    // value: row 1 a 30, lead 30, b 10, c 30; row 2 lead 20/3, a 10/3; row 4 a 12, lead 6, b 1, c 1
    assertEquals(30 + 10.0 / 3 + 12, r.value("a"), 1e-12);
    assertEquals(30 + 20.0 / 3 + 6, r.value("lead"), 1e-12);
    assertEquals(11, r.value("b"), 1e-12);
    assertEquals(31, r.value("c"), 1e-12);
    assertEquals("w-shaped(milestone=lead)", r.model());
  }

  @Test
  void shortPathsAndPathsWithoutTheMilestone() {
    PathTable t =
        PathTable.builder()
            .add(List.of("x"), 1, 0, 0)
            .add(List.of("x", "y"), 1, 0, 0)
            .add(List.of("m", "y"), 1, 0, 0)
            .add(List.of("x", "m"), 1, 0, 0)
            .build();
    AttributionResult r = AttributionModel.wShaped("m").attribute(t);
    // x: 1 + 1/2 (x > y, no milestone: 30/30) + 1/3 (x > m: m is milestone and last, .3 vs .6)
    assertEquals(1 + 0.5 + 1.0 / 3, r.conversions("x"), 1e-15);
    assertEquals(0.5 + 1.0 / 3, r.conversions("y"), 1e-15);
    assertEquals(2.0 / 3 + 2.0 / 3, r.conversions("m"), 1e-15);
  }

  @Test
  void aMisspeltOrBlankMilestoneIsAnError() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> AttributionModel.wShaped("laed").attribute(table()));
    assertEquals(
        "milestone must be one of the table's channels [a, lead, b, c], was 'laed'",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> AttributionModel.wShaped(" "));
  }

  @Test
  void participationByHand() {
    AttributionResult r = AttributionModel.participation().attribute(table());
    assertFalse(r.additive());
    // a on rows 1-4 (a twice on row 4 counts once): 2 + 1 + 1 + 1; lead rows 1, 2, 4; b, c 1, 3, 4
    assertEquals(5.0, r.conversions("a"));
    assertEquals(4.0, r.conversions("lead"));
    assertEquals(4.0, r.conversions("b"));
    assertEquals(4.0, r.conversions("c"));
    assertEquals(130.0, r.value("a"));
    assertEquals(130.0, r.value("lead"));
    assertEquals(120.0, r.value("b"));
    // the totals are the table's, not the sum of the credits (17)
    assertEquals(5.0, r.totalConversions());
    assertEquals(130.0, r.totalValue());
    assertTrue(r.toString().contains("not additive"), r.toString());
  }
}
