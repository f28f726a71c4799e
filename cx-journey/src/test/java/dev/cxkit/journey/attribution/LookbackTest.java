package dev.cxkit.journey.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.paths.PathTable;
import dev.cxkit.model.csv.IngestException;
import dev.cxkit.model.csv.IngestReport;
import dev.cxkit.model.csv.RejectPolicy;
import dev.cxkit.model.csv.Rejection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lookback windows (GA4's rule: a touch is eligible when it happened at most the window before the
 * conversion, boundary included) on a table whose credits are computed by hand below.
 */
class LookbackTest {
  private static final String HEADER =
      "path;total_conversions;total_conversion_value;total_null;times;end\n";

  /**
   * Four rows, window 30 days (2023, February has 28 days):
   *
   * <ol>
   *   <li>a Jan 1, b Jan 20, c Feb 5, converted Feb 10 (1 conversion, 100): the window starts Jan
   *       11, so a falls out: b > c.
   *   <li>a Jan 1, converted Mar 1 (2 conversions, 50): a falls out, nothing is left: the journeys
   *       keep their conversions on (none in lookback).
   *   <li>d Feb 1, a Feb 2, converted Mar 3 (1 conversion, 10, 1 null): Mar 3 - Feb 1 is exactly 30
   *       days, on the boundary: d > a stays.
   *   <li>e Jan 1, a Feb 20, ended Feb 25 without converting (3 nulls): e falls out.
   * </ol>
   */
  static final String TABLE =
      HEADER
          + "a > b > c;1;100;0;2023-01-01T00:00:00Z > 2023-01-20T00:00:00Z > 2023-02-05;"
          + "2023-02-10\n"
          + "a;2;50;0;2023-01-01;2023-03-01T00:00:00Z\n"
          + "d > a;1;10;1;2023-02-01 > 2023-02-02;2023-03-03\n"
          + "e > a;0;0;3;2023-01-01 > 2023-02-20;2023-02-25\n";

  private static PathTableReader reader() {
    return PathTableReader.channelAttribution().withTimeColumns("times", "end");
  }

  static PathTable timed() throws IOException {
    return reader().read(new ByteArrayInputStream(TABLE.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readerReadsTouchAndEndTimes() throws IOException {
    PathTable t = timed();
    assertTrue(t.hasTouchTimes());
    assertEquals(4, t.pathCount());
    assertEquals(Instant.parse("2023-01-20T00:00:00Z").toEpochMilli(), t.touchTime(0, 1));
    assertEquals(Instant.parse("2023-02-05T00:00:00Z").toEpochMilli(), t.touchTime(0, 2));
    assertEquals(Instant.parse("2023-02-10T00:00:00Z").toEpochMilli(), t.endTime(0));
    assertEquals(Instant.parse("2023-03-01T00:00:00Z").toEpochMilli(), t.endTime(1));
    assertEquals(List.of("e", "a"), t.path(3));
    assertEquals(4, t.totalConversions());
    assertEquals(4, t.totalNulls());
  }

  @Test
  void withoutAnEndColumnARowEndsAtItsLastTouch() throws IOException {
    PathTable t =
        PathTableReader.channelAttribution()
            .withTimeColumns("times", null)
            .read(new ByteArrayInputStream(TABLE.getBytes(StandardCharsets.UTF_8)));
    assertEquals(Instant.parse("2023-02-05T00:00:00Z").toEpochMilli(), t.endTime(0));
    // then c (Feb 5) starts the window at Jan 6: b stays, a (Jan 1) is still out
    Lookback.Windowed w = Lookback.of(Duration.ofDays(30)).apply(t);
    assertEquals(List.of("b", "c"), w.table().path(0));
  }

  @Test
  void touchesOutsideTheWindowGetNoCredit() throws IOException {
    Lookback.Windowed w = Lookback.of(Duration.ofDays(30)).apply(timed());
    PathTable t = w.table();
    assertEquals(List.of("b", "c"), t.path(0));
    assertEquals(List.of(Lookback.NONE_IN_LOOKBACK), t.path(1));
    assertEquals(List.of("d", "a"), t.path(2));
    assertEquals(List.of("a"), t.path(3));
    assertEquals(3, w.touchesOutside()); // a of row 1, a of row 2, e of row 4
    assertEquals(2, w.journeysWithoutTouch());
    assertEquals(2, w.conversionsWithoutTouch());
    assertEquals(4, t.totalConversions()); // no conversion dropped
    assertEquals(160, t.totalValue());
    assertEquals(4, t.totalNulls());
    assertEquals(timed().endTime(2), t.endTime(2));

    // linear, by hand: row 1 b, c 1/2 each (50 each); row 2 (none) 2 (50); row 3 d, a 1/2 (5)
    AttributionResult linear = AttributionModel.linear().attribute(t);
    assertEquals(0.5, linear.conversions("a"), 1e-15);
    assertEquals(0.5, linear.conversions("b"), 1e-15);
    assertEquals(0.5, linear.conversions("c"), 1e-15);
    assertEquals(0.5, linear.conversions("d"), 1e-15);
    assertEquals(2.0, linear.conversions(Lookback.NONE_IN_LOOKBACK), 1e-15);
    assertEquals(50.0, linear.value("b"), 1e-12);
    assertEquals(5.0, linear.value("a"), 1e-12);
    assertEquals(50.0, linear.value(Lookback.NONE_IN_LOOKBACK), 1e-12);
    // e was touched only outside: it is not a channel of the windowed table
    assertEquals(List.of("b", "c", Lookback.NONE_IN_LOOKBACK, "d", "a"), t.channels());

    // first touch: b 1, (none) 2, d 1; last touch: c 1, (none) 2, a 1
    AttributionResult first = AttributionModel.firstTouch().attribute(t);
    assertEquals(1.0, first.conversions("b"));
    assertEquals(1.0, first.conversions("d"));
    assertEquals(0.0, first.conversions("a"));
    AttributionResult last = AttributionModel.lastTouch().attribute(t);
    assertEquals(1.0, last.conversions("c"));
    assertEquals(1.0, last.conversions("a"));
    assertEquals(2.0, last.conversions(Lookback.NONE_IN_LOOKBACK));
  }

  @Test
  void withoutTheWindowTheOldTouchesCount() throws IOException {
    // linear over all touches: a 1/3 + 2 + 1/2, b 1/3, c 1/3, d 1/2
    AttributionResult linear = AttributionModel.linear().attribute(timed());
    assertEquals(1.0 / 3 + 2 + 0.5, linear.conversions("a"), 1e-14);
    assertEquals(1.0 / 3, linear.conversions("b"), 1e-15);
  }

  @Test
  void aZeroWindowKeepsOnlyTouchesAtTheEnd() throws IOException {
    PathTable t =
        PathTable.builder()
            .addTimed(
                List.of("a", "b"),
                List.of(
                    Instant.parse("2023-01-01T00:00:00Z"), Instant.parse("2023-01-02T00:00:00Z")),
                Instant.parse("2023-01-02T00:00:00Z"),
                1,
                0,
                0)
            .build();
    assertEquals(List.of("b"), Lookback.of(Duration.ZERO).apply(t).table().path(0));
    assertEquals(List.of("a", "b"), Lookback.of(Duration.ofHours(24)).apply(t).table().path(0));
    assertEquals(
        List.of("b"), Lookback.of(Duration.ofHours(24).minusMillis(1)).apply(t).table().path(0));
  }

  @Test
  void badWindowsAndTablesAreErrors() throws IOException {
    IllegalArgumentException negative =
        assertThrows(IllegalArgumentException.class, () -> Lookback.of(Duration.ofDays(-1)));
    assertEquals(
        "lookback must be >= 0 (touches at most this long before the conversion count), was"
            + " PT-24H",
        negative.getMessage());
    PathTable untimed = PathTable.builder().add(List.of("a"), 1, 0, 0).build();
    IllegalArgumentException noTimes =
        assertThrows(
            IllegalArgumentException.class, () -> Lookback.of(Duration.ofDays(1)).apply(untimed));
    assertTrue(
        noTimes.getMessage().startsWith("table must have touch times"), noTimes.getMessage());
    PathTable clash =
        PathTable.builder()
            .addTimed(List.of(Lookback.NONE_IN_LOOKBACK), List.of(Instant.EPOCH), 1, 0, 0)
            .build();
    assertThrows(
        IllegalArgumentException.class, () -> Lookback.of(Duration.ofDays(1)).apply(clash));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PathTable.builder()
                .addTimed(List.of("a"), List.of(Instant.ofEpochMilli(5)), Instant.EPOCH, 1, 0, 0));
  }

  private static List<Rejection> errors(String text) throws IOException {
    IngestReport r =
        reader()
            .withRejectPolicy(RejectPolicy.skipAndReport())
            .read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "input",
                PathTable.builder());
    assertThrows(
        IngestException.class,
        () -> reader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    return r.rejections();
  }

  @Test
  void badTimesAreRejectedNamingLineFieldValueAndRule() throws IOException {
    List<Rejection> e =
        errors(
            HEADER
                + "a > b;1;0;0;2023-01-01;2023-01-02\n" // one time for two touches
                + "a > b;1;0;0;2023-01-02 > 2023-01-01;2023-01-03\n" // decreasing
                + "a;1;0;0;yesterday;2023-01-03\n" // not a time
                + "a;1;0;0;2023-01-05;2023-01-03\n" // ends before its touch
                + "a;1;0;0;2023-01-05T10:00:00;2023-01-06\n"); // no offset
    assertEquals(5, e.size(), e.toString());
    assertEquals(
        new Rejection(
            "input",
            2,
            5,
            "times",
            "2023-01-01",
            "touch times must be one per touch (2), separated like the path's, was 1"),
        e.get(0));
    assertEquals("touch times must not decrease along the path", e.get(1).rule());
    assertEquals(3, e.get(1).line());
    assertTrue(
        e.get(2).rule().startsWith("touch time must be an ISO-8601 date-time"), e.get(2).rule());
    assertEquals("yesterday", e.get(2).value());
    assertEquals("end time must not be before the last touch time", e.get(3).rule());
    assertEquals("end", e.get(3).field());
    assertTrue(e.get(4).rule().startsWith("touch time must be an ISO-8601"), e.get(4).rule());
  }

  @Test
  void aMissingTimesColumnIsNamed() {
    IngestException e =
        assertThrows(
            IngestException.class,
            () ->
                reader()
                    .read(
                        new ByteArrayInputStream(
                            "path;total_conversions;total_conversion_value;total_null\na;1;0;0\n"
                                .getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().contains("times"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> PathTableReader.channelAttribution().withTimeColumns(null, "end"));
  }
}
