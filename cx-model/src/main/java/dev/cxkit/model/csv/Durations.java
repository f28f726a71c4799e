package dev.cxkit.model.csv;

import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.model.internal.Checks;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The one parser of durations read from text (options, files, scripts): the compact form people
 * write, {@code 90s}, {@code 30m}, {@code 1h30m}, {@code 7d}, {@code 2w}, {@code 250ms} (units
 * {@code w d h m s ms}, each at most once, largest first, optionally separated by spaces), and
 * ISO-8601 ({@code PT30M}, {@code P7D}, {@code P1DT12H}) alike. Months and years are not durations
 * (their length varies) and are refused, as are negative values, fractions and values that
 * overflow.
 *
 * {@snippet class=dev.cxkit.model.csv.SnippetsTest region=durations}
 */
public final class Durations {
  private static final String UNITS = "w, d, h, m, s, ms";
  private static final String[] NAMES = {"w", "d", "h", "m", "s", "ms"};
  private static final long[] MILLIS = {604_800_000L, 86_400_000L, 3_600_000L, 60_000L, 1_000L, 1L};

  private Durations() {}

  /**
   * The duration written {@code text}.
   *
   * @throws IllegalArgumentException naming the value and the accepted forms
   */
  public static Duration parse(String text) {
    checkNotNull(text, "text");
    String s = text.strip();
    if (s.isEmpty()) {
      throw invalid(text, "must not be empty");
    }
    char c0 = s.charAt(0);
    if (c0 == 'P'
        || c0 == 'p'
        || ((c0 == '-' || c0 == '+')
            && s.length() > 1
            && (s.charAt(1) == 'P' || s.charAt(1) == 'p'))) {
      return iso(text, s);
    }
    long total = 0;
    int lastUnit = -1;
    int i = 0;
    int n = s.length();
    while (i < n) {
      int start = i;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      if (i == start) {
        throw invalid(
            text,
            "must be numbers with units ("
                + UNITS
                + "), e.g. 30m, 1h30m or 7d, or ISO-8601 like PT30M");
      }
      String digits = s.substring(start, i);
      if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
        throw invalid(text, "must be whole numbers of each unit (write 1h30m, not 1.5h)");
      }
      int unitStart = i;
      while (i < n && Character.isLetter(s.charAt(i))) {
        i++;
      }
      String unit = s.substring(unitStart, i);
      int u = unit(unit);
      if (u < 0) {
        String rule =
            unit.isEmpty()
                ? "needs a unit after " + digits + " (" + UNITS + ")"
                : unit.equals("M") || unit.equalsIgnoreCase("mo") || unit.equalsIgnoreCase("y")
                    ? "months and years are not durations (their length varies); use days or weeks"
                    : "unit '" + unit + "' must be one of " + UNITS;
        throw invalid(text, rule);
      }
      if (u <= lastUnit) {
        throw invalid(text, "units must appear once each, largest first (like 1h30m)");
      }
      lastUnit = u;
      try {
        total = Math.addExact(total, Math.multiplyExact(Long.parseLong(digits), MILLIS[u]));
      } catch (ArithmeticException | NumberFormatException e) {
        throw invalid(text, "must be at most " + Long.MAX_VALUE + " ms");
      }
      while (i < n && s.charAt(i) == ' ') {
        i++;
      }
    }
    return Duration.ofMillis(total);
  }

  private static int unit(String u) {
    String lower = u.equals("M") ? u : u.toLowerCase(Locale.ROOT);
    for (int k = 0; k < NAMES.length; k++) {
      if (NAMES[k].equals(lower)) {
        return k;
      }
    }
    return -1;
  }

  private static Duration iso(String text, String s) {
    Duration d;
    try {
      d = Duration.parse(s.toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException e) {
      throw invalid(
          text,
          "must be ISO-8601 like PT30M or P7D (years and months are not durations), or compact"
              + " like 30m, 1h30m, 7d");
    }
    if (d.isNegative()) {
      throw invalid(text, "must not be negative");
    }
    return d;
  }

  private static IllegalArgumentException invalid(String text, String rule) {
    return new IllegalArgumentException("duration '" + Checks.abbreviate(text) + "' " + rule);
  }

  /** {@code d} in the compact form ({@code 1h30m}, {@code 7d}, {@code 0s}). */
  public static String format(Duration d) {
    checkNotNull(d, "d");
    if (d.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative, was " + d);
    }
    long ms = d.toMillis();
    if (ms == 0) {
      return "0s";
    }
    StringBuilder sb = new StringBuilder();
    for (int k = 1; k < NAMES.length; k++) { // days and below: weeks are rarely how people think
      long v = ms / MILLIS[k];
      if (v > 0) {
        sb.append(v).append(NAMES[k]);
        ms -= v * MILLIS[k];
      }
    }
    return sb.toString();
  }
}
