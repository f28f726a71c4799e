package dev.cxkit.journey.events;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * How a timestamp is written: epoch milliseconds, epoch seconds, ISO-8601 or a pattern; local
 * date-times are placed in a zone. Parsed values are epoch milliseconds.
 *
 * {@snippet class=dev.cxkit.journey.events.SnippetsTest region=timeFormat}
 */
public final class TimeFormat {
  enum Kind {
    EPOCH_MILLIS,
    EPOCH_SECONDS,
    ISO,
    PATTERN
  }

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
        Kind.EPOCH_MILLIS, java.time.ZoneOffset.UTC, "epoch-millis", DateTimeFormatter.ISO_INSTANT);
  }

  /** Integer epoch seconds, for example {@code 1700000000}. */
  public static TimeFormat epochSeconds() {
    return new TimeFormat(
        Kind.EPOCH_SECONDS,
        java.time.ZoneOffset.UTC,
        "epoch-seconds",
        DateTimeFormatter.ISO_INSTANT);
  }

  /**
   * ISO-8601 date-time with an offset or zone ({@code 2023-11-14T22:13:20Z}, {@code
   * 2023-11-14T23:13:20+01:00}); a local date-time without one is placed in {@code zone}.
   */
  public static TimeFormat iso(ZoneId zone) {
    return new TimeFormat(
        Kind.ISO, checkNotNull(zone, "zone"), "ISO-8601", DateTimeFormatter.ISO_DATE_TIME);
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
              + pattern
              + "': "
              + e.getMessage(),
          e);
    }
    return new TimeFormat(Kind.PATTERN, zone, pattern, f);
  }

  boolean isEpochMillis() {
    return kind == Kind.EPOCH_MILLIS;
  }

  boolean isEpochSeconds() {
    return kind == Kind.EPOCH_SECONDS;
  }

  /**
   * Epoch milliseconds of {@code text}.
   *
   * @throws IllegalArgumentException naming the value and the expected format
   */
  public long parse(String text) {
    switch (kind) {
      case EPOCH_MILLIS:
        return parseInteger(text);
      case EPOCH_SECONDS:
        long s = parseInteger(text);
        checkArgument(
            Math.abs(s) < Long.MAX_VALUE / 1000,
            "time must be epoch-seconds within range, was '%s'",
            text);
        return s * 1000L;
      case ISO:
        try {
          TemporalAccessor t = formatter.parse(text.trim());
          if (t.isSupported(ChronoField.OFFSET_SECONDS)
              || t.query(java.time.temporal.TemporalQueries.zone()) != null) {
            return Instant.from(t).toEpochMilli();
          }
          return LocalDateTime.from(t).atZone(zone).toInstant().toEpochMilli();
        } catch (java.time.DateTimeException e) {
          throw new IllegalArgumentException(
              "time must be " + describe() + ", was '" + text + "'", e);
        }
      case PATTERN:
        try {
          return Instant.from(formatter.parse(text.trim())).toEpochMilli();
        } catch (java.time.DateTimeException e) {
          throw new IllegalArgumentException(
              "time must be " + describe() + ", was '" + text + "'", e);
        }
      default:
        throw new AssertionError(kind);
    }
  }

  private long parseInteger(String text) {
    String t = text.trim();
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("time must be " + describe() + ", was '" + text + "'", e);
    }
  }

  /**
   * Parses epoch milliseconds from ASCII digits in {@code b[from..to)}; returns {@link
   * Long#MIN_VALUE} when they are not a plain (optionally signed) integer.
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

  /** A description used in error messages, for example {@code "ISO-8601 (zone UTC)"}. */
  public String describe() {
    return kind == Kind.EPOCH_MILLIS || kind == Kind.EPOCH_SECONDS
        ? pattern
        : pattern + " (zone " + zone + ")";
  }

  @Override
  public String toString() {
    return "TimeFormat[" + describe() + "]";
  }
}
