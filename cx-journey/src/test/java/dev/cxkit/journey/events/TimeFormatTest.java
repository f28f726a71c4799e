package dev.cxkit.journey.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimeFormatTest {
  // 1700000000000 ms = 2023-11-14T22:13:20Z (independent check: date -u -d @1700000000)

  @Test
  void parsesEveryKind() {
    assertEquals(1_700_000_000_000L, TimeFormat.epochMillis().parse("1700000000000"));
    assertEquals(1_700_000_000_000L, TimeFormat.epochSeconds().parse(" 1700000000 "));
    assertEquals(
        1_700_000_000_000L, TimeFormat.iso(ZoneOffset.UTC).parse("2023-11-14T22:13:20.000Z"));
    assertEquals(
        1_700_000_000_000L,
        TimeFormat.iso(ZoneId.of("America/New_York")).parse("2023-11-14T17:13:20"));
    assertEquals(
        1_700_000_000_000L,
        TimeFormat.pattern("yyyy-MM-dd HH:mm:ss", ZoneOffset.UTC).parse("2023-11-14 22:13:20"));
  }

  @Test
  void badValuesNameTheValueAndTheFormat() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TimeFormat.iso(ZoneOffset.UTC).parse("14.11.2023"));
    assertEquals("time must be ISO-8601 (zone Z), was '14.11.2023'", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class, () -> TimeFormat.pattern("qqqq-bad-{", ZoneOffset.UTC));
    assertEquals(
        true,
        e.getMessage()
            .startsWith("time pattern must be a valid DateTimeFormatter pattern, was 'qqqq-bad-{'"),
        e.getMessage());
  }

  @Test
  void epochMillisFastPathMatchesTheSlowPath() {
    byte[] b = "x-1234567890123y".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertEquals(-1_234_567_890_123L, TimeFormat.parseEpochMillis(b, 1, 15));
    assertEquals(Long.MIN_VALUE, TimeFormat.parseEpochMillis(b, 0, 15));
    assertEquals(Long.MIN_VALUE, TimeFormat.parseEpochMillis(b, 1, 2));
  }

  @Test
  void detectionPicksTheFirstFormatThatReadsEverySample() {
    TimeFormat d = TimeFormat.detect(ZoneOffset.UTC);
    assertEquals(
        "epoch-seconds", d.resolve(java.util.List.of("1700000000", " 1700000060")).describe());
    assertEquals("epoch-millis", d.resolve(java.util.List.of("1700000000000", "")).describe());
    assertEquals(
        "ISO-8601 (zone Z)",
        d.resolve(java.util.List.of("2023-11-14T22:13:20Z", "2023-11-14T22:13:20")).describe());
    TimeFormat date = d.resolve(java.util.List.of("2023-11-14"));
    assertEquals("ISO-8601 date (zone Z)", date.describe());
    assertEquals(1_699_920_000_000L, date.parse("2023-11-14"));
    assertEquals(
        1_700_000_000_000L,
        d.resolve(java.util.List.of("2023-11-14 22:13:20")).parse("2023-11-14 22:13:20"));
    assertEquals(null, d.resolve(java.util.List.of("yesterday")));
    // the format most rows are in wins; the other rows are then rejected one by one
    assertEquals(
        "ISO-8601 date (zone Z)",
        d.resolve(java.util.List.of("2023-11-14", "2023-11-15", "2023-11-14T10:00:00Z"))
            .describe());
    assertEquals(null, d.resolve(java.util.List.of("soon", "", "later")));
    assertThrows(IllegalStateException.class, () -> d.parse("1"));
  }

  @Test
  void timesBeyondTheMillisecondRangeAreAClearError() {
    // issue 14: +999999999-12-31T23:59:59Z crashed the time parser
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TimeFormat.iso(ZoneOffset.UTC).parse("+999999999-12-31T23:59:59Z"));
    assertEquals(
        "time must be within the epoch-millisecond range (about 292 million years either side of"
            + " 1970), was '+999999999-12-31T23:59:59Z'",
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> TimeFormat.epochSeconds().parse("9223372036854776"));
    assertThrows(
        IllegalArgumentException.class,
        () -> TimeFormat.isoDate(ZoneOffset.UTC).parse("2023-02-31"));
  }
}
