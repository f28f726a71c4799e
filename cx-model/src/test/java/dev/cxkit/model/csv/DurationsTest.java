package dev.cxkit.model.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class DurationsTest {
  @Test
  void compactAndIsoFormsAlike() {
    assertEquals(Duration.ofMinutes(30), Durations.parse("30m"));
    assertEquals(Duration.ofDays(7), Durations.parse("7d"));
    assertEquals(Duration.ofSeconds(90), Durations.parse("90s"));
    assertEquals(Duration.ofMinutes(90), Durations.parse("1h30m"));
    assertEquals(Duration.ofMinutes(90), Durations.parse(" 1h 30m "));
    assertEquals(Duration.ofDays(14), Durations.parse("2w"));
    assertEquals(Duration.ofMillis(250), Durations.parse("250ms"));
    assertEquals(Duration.ofMinutes(30), Durations.parse("PT30M"));
    assertEquals(Duration.ofDays(7), Durations.parse("P7D"));
    assertEquals(Duration.ofHours(36), Durations.parse("p1dt12h"));
    assertEquals(Duration.ZERO, Durations.parse("0s"));
  }

  @Test
  void badDurationsNameTheValueAndTheRule() {
    String[][] cases = {
      {"", "must not be empty"},
      {"30", "needs a unit after 30"},
      {"30x", "unit 'x' must be one of w, d, h, m, s, ms"},
      {"3M", "months and years are not durations"},
      {"30m1h", "largest first"},
      {"1.5h", "whole numbers"},
      {"-5m", "must be numbers with units"},
      {"-PT5M", "must not be negative"},
      {"P1M", "must be ISO-8601"},
      {"99999999999999999999d", "must be at most"},
      {"106751991168d", "must be at most"},
    };
    for (String[] c : cases) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Durations.parse(c[0]), c[0]);
      assertTrue(e.getMessage().startsWith("duration '" + c[0] + "' "), e.getMessage());
      assertTrue(e.getMessage().contains(c[1]), e.getMessage());
    }
  }

  @Property(tries = 300)
  void formatAndParseRoundTrip(@ForAll @LongRange(min = 0, max = 10_000_000_000_000L) long ms) {
    Duration d = Duration.ofMillis(ms);
    assertEquals(d, Durations.parse(Durations.format(d)));
    assertEquals(d, Durations.parse(d.toString()));
  }
}
