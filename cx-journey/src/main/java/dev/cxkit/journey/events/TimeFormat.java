package dev.cxkit.journey.events;

import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.model.internal.Checks;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How a timestamp is written: epoch milliseconds, epoch seconds, ISO-8601 date-time (with or
 * without offset or zone), ISO-8601 date, a pattern, or {@link #detect(ZoneId) detected from the
 * first rows}. Local date-times and dates are placed in a zone. Parsed values are epoch
 * milliseconds; a time beyond their range is an error, not a crash.
 *
 * <pre>{@code
 * TimeFormat.epochMillis().parse("1700000000000");                 // 1700000000000
 * TimeFormat.iso(ZoneOffset.UTC).parse("2023-11-14T22:13:20Z");    // 1700000000000
 * TimeFormat.pattern("dd/MM/yyyy HH:mm", ZoneId.of("Europe/Berlin")).parse("14/11/2023 23:13");
 * TimeFormat.detect(ZoneOffset.UTC).resolve(List.of("1700000000", "1700000060"));   // epoch-seconds
 * }</pre>
 */
public final class TimeFormat {
  enum Kind {
    EPOCH_MILLIS,
    EPOCH_SECONDS,
    ISO,
    DATE,
    PATTERN,
    DETECT
  }

  /** Integers at least this large are epoch milliseconds when detecting (1973-03-03 in ms). */
  static final long MILLIS_FROM = 100_000_000_000L;

  private final Kind kind;
  private final ZoneId zone;
  private final String pattern;
  private final DateTimeFormatter formatter;

  private TimeFormat(Kind kind, ZoneId zone, String pattern, DateTimeFormatter formatter) {
    this.kind = kind;
    this.zone = zone;
    this.pattern = pattern;
    this.formatter = formatter;
  }

  /** Integer epoch milliseconds, for example {@code 1700000000000}. */
  public static TimeFormat epochMillis() {
    return new TimeFormat(
        Kind.EPOCH_MILLIS, ZoneOffset.UTC, "epoch-millis", DateTimeFormatter.ISO_INSTANT);
  }

  /** Integer epoch seconds, for example {@code 1700000000}. */
  public static TimeFormat epochSeconds() {
    return new TimeFormat(
        Kind.EPOCH_SECONDS, ZoneOffset.UTC, "epoch-seconds", DateTimeFormatter.ISO_INSTANT);
  }

  /**
   * ISO-8601 date-time with an offset or zone ({@code 2023-11-14T22:13:20Z}, {@code
   * 2023-11-14T23:13:20+01:00}); a local date-time without one is placed in {@code zone}.
   */
  public static TimeFormat iso(ZoneId zone) {
    return new TimeFormat(
        Kind.ISO, checkNotNull(zone, "zone"), "ISO-8601", DateTimeFormatter.ISO_DATE_TIME);
  }

  /** ISO-8601 dates ({@code 2023-11-14}), at midnight in {@code zone}. */
  public static TimeFormat isoDate(ZoneId zone) {
    return new TimeFormat(
        Kind.DATE,
        checkNotNull(zone, "zone"),
        "ISO-8601 date",
        DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT));
  }

  /**
   * A {@link DateTimeFormatter} pattern (parsed with {@link Locale#ROOT}); local date-times are
   * placed in {@code zone}.
   */
  public static TimeFormat pattern(String pattern, ZoneId zone) {
    checkNotNull(zone, "zone");
    DateTimeFormatter f;
    try {
      f = DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withZone(zone);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "time pattern must be a valid DateTimeFormatter pattern, was '"
              + Checks.abbreviate(pattern)
              + "': "
              + e.getMessage(),
          e);
    }
    return new TimeFormat(Kind.PATTERN, zone, pattern, f);
  }

  /**
   * The format is detected from the first rows of the input ({@link #resolve}): epoch seconds or
   * milliseconds by magnitude (integers from {@value #MILLIS_FROM} on are milliseconds), ISO-8601
   * date-times with or without offset or zone, ISO-8601 dates, or {@code yyyy-MM-dd HH:mm:ss}.
   * Readers say in their report which one they used.
   */
  public static TimeFormat detect(ZoneId zone) {
    return new TimeFormat(
        Kind.DETECT, checkNotNull(zone, "zone"), "detected", DateTimeFormatter.ISO_DATE_TIME);
  }

  /** Whether this format is to be detected from the data. */
  public boolean isDetected() {
    return kind == Kind.DETECT;
  }

  boolean isEpochMillis() {
    return kind == Kind.EPOCH_MILLIS;
  }

  boolean isEpochSeconds() {
    return kind == Kind.EPOCH_SECONDS;
  }

  /**
   * For a {@link #detect detected} format, the format that reads the most of the {@code samples}
   * (the time values of the first rows, blanks ignored; ties go to the earlier of epoch
   * milliseconds or seconds, ISO-8601 date-time, ISO-8601 date, {@code yyyy-MM-dd HH:mm:ss}), so
   * that a typo in one row is that row's error; null when none reads any. Any other format is
   * returned as it is.
   */
  public @Nullable TimeFormat resolve(List<String> samples) {
    if (kind != Kind.DETECT) {
      return this;
    }
    int integers = 0;
    long max = 0;
    for (String s : samples) {
      try {
        max = Math.max(max, Math.abs(Long.parseLong(s.strip())));
        integers++;
      } catch (NumberFormatException e) {
        // not an epoch value
      }
    }
    TimeFormat best = integers == 0 ? null : max >= MILLIS_FROM ? epochMillis() : epochSeconds();
    int bestCount = integers;
    for (TimeFormat candidate :
        new TimeFormat[] {iso(zone), isoDate(zone), pattern("uuuu-MM-dd HH:mm:ss", zone)}) {
      int n = countRead(candidate, samples);
      if (n > bestCount) {
        best = candidate;
        bestCount = n;
      }
    }
    return best;
  }

  private static int countRead(TimeFormat f, List<String> samples) {
    int n = 0;
    for (String s : samples) {
      if (s.isBlank()) {
        continue;
      }
      try {
        f.parse(s);
        n++;
      } catch (IllegalArgumentException e) {
        // another format's value, or a typo
      }
    }
    return n;
  }

  /**
   * Epoch milliseconds of {@code text}.
   *
   * @throws IllegalArgumentException naming the value and the expected format, also for a time
   *     beyond the epoch-millisecond range ({@code +999999999-12-31T23:59:59Z})
   * @throws IllegalStateException for a {@link #detect detected} format not yet resolved
   */
  public long parse(String text) {
    try {
      switch (kind) {
        case EPOCH_MILLIS:
          return parseInteger(text);
        case EPOCH_SECONDS:
          return Math.multiplyExact(parseInteger(text), 1000L);
        case ISO:
          TemporalAccessor t = formatter.parse(text.strip());
          if (t.isSupported(ChronoField.OFFSET_SECONDS)
              || t.query(TemporalQueries.zone()) != null) {
            return Instant.from(t).toEpochMilli();
          }
          return LocalDateTime.from(t).atZone(zone).toInstant().toEpochMilli();
        case DATE:
          return LocalDate.parse(text.strip(), formatter)
              .atStartOfDay(zone)
              .toInstant()
              .toEpochMilli();
        case PATTERN:
          return Instant.from(formatter.parse(text.strip())).toEpochMilli();
        case DETECT:
          throw new IllegalStateException(
              "a detected time format must be resolved from the first rows before parsing");
        default:
          throw new AssertionError(kind);
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "time must be " + describe() + ", was '" + Checks.abbreviate(text) + "'", e);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "time must be within the epoch-millisecond range (about 292 million years either side of"
              + " 1970), was '"
              + Checks.abbreviate(text)
              + "'",
          e);
    }
  }

  private long parseInteger(String text) {
    String t = text.strip();
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "time must be " + describe() + ", was '" + Checks.abbreviate(text) + "'", e);
    }
  }

  /**
   * Parses epoch milliseconds from ASCII digits in {@code b[from..to)}; returns {@link
   * Long#MIN_VALUE} when they are not a plain (optionally signed) integer of at most 18 digits.
   */
  static long parseEpochMillis(byte[] b, int from, int to) {
    if (from >= to) {
      return Long.MIN_VALUE;
    }
    boolean negative = b[from] == '-';
    int i = negative ? from + 1 : from;
    if (i >= to || to - i > 18) {
      return Long.MIN_VALUE;
    }
    long v = 0;
    for (; i < to; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return Long.MIN_VALUE;
      }
      v = v * 10 + d;
    }
    return negative ? -v : v;
  }

  /** A description used in messages, for example {@code "ISO-8601 (zone UTC)"}. */
  public String describe() {
    switch (kind) {
      case EPOCH_MILLIS:
      case EPOCH_SECONDS:
        return pattern;
      case DETECT:
        return "detected from the first rows (zone " + zone + ")";
      default:
        return pattern + " (zone " + zone + ")";
    }
  }

  @Override
  public String toString() {
    return "TimeFormat[" + describe() + "]";
  }
}
