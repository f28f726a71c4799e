package dev.cxkit.model.csv;

import java.nio.charset.StandardCharsets;

/**
 * Strict number parsing from bytes: plain decimal notation only ({@code 12}, {@code -3.5}, {@code
 * .5}, {@code 1e-3}); no hexadecimal, no {@code NaN} or {@code Infinity}, no type suffixes, no
 * grouping, nothing that overflows. Decimals of up to 18 significant digits without exponent are
 * converted exactly ({@code mantissa / 10^d}, one correctly rounded division of two exact doubles);
 * others through {@link Double#parseDouble} once the grammar is checked.
 */
final class Decimals {
  static final long NOT_AN_INTEGER = Long.MIN_VALUE;
  static final long INTEGER_OVERFLOW = Long.MIN_VALUE + 1;
  private static final double[] POW10 = new double[19];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  private Decimals() {}

  /**
   * The integer {@code [+-]?digits} in {@code b[from, to)}; {@link #NOT_AN_INTEGER} when it is not
   * one, {@link #INTEGER_OVERFLOW} when it does not fit a {@code long} (so neither of those two
   * values can be read).
   */
  static long parseLong(byte[] b, int from, int to) {
    if (from >= to) {
      return NOT_AN_INTEGER;
    }
    boolean negative = b[from] == '-';
    int i = negative || b[from] == '+' ? from + 1 : from;
    if (i >= to) {
      return NOT_AN_INTEGER;
    }
    if (to - i <= 18) { // cannot overflow: no check per digit
      long v = 0;
      for (; i < to; i++) {
        int d = b[i] - '0';
        if (d < 0 || d > 9) {
          return NOT_AN_INTEGER;
        }
        v = v * 10 + d;
      }
      return negative ? -v : v;
    }
    long v = 0; // accumulated negatively: |Long.MIN_VALUE| > Long.MAX_VALUE
    boolean overflow = false;
    for (; i < to; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return NOT_AN_INTEGER;
      }
      if (v < (Long.MIN_VALUE + d) / 10) {
        overflow = true;
      } else {
        v = v * 10 - d;
      }
    }
    if (overflow) {
      return INTEGER_OVERFLOW;
    }
    if (negative) {
      return v <= INTEGER_OVERFLOW ? INTEGER_OVERFLOW : v;
    }
    return v == Long.MIN_VALUE ? INTEGER_OVERFLOW : -v;
  }

  /** The decimal number in {@code b[from, to)}, or NaN when it is not one or is not finite. */
  static double parseDouble(byte[] b, int from, int to) {
    int i = from;
    boolean negative = false;
    if (i < to && (b[i] == '-' || b[i] == '+')) {
      negative = b[i] == '-';
      i++;
    }
    if (to - i <= 19) { // at most 18 digits and a point: exact and fast
      long mantissa = 0;
      int digits = 0;
      int point = -1;
      for (int k = i; k < to; k++) {
        int d = b[k] - '0';
        if (d >= 0 && d <= 9) {
          mantissa = mantissa * 10 + d;
          digits++;
        } else if (b[k] == '.' && point < 0) {
          point = k;
        } else {
          return slow(b, from, to);
        }
      }
      if (digits == 0 || digits > 18 || mantissa >= (1L << 53)) {
        return digits == 0 ? Double.NaN : slow(b, from, to);
      }
      int fraction = point < 0 ? 0 : to - point - 1;
      double v = fraction > 0 ? mantissa / POW10[fraction] : (double) mantissa;
      return negative ? -v : v;
    }
    return slow(b, from, to);
  }

  /** The grammar checked in full, then {@link Double#parseDouble}. */
  private static double slow(byte[] b, int from, int to) {
    int i = from;
    if (i < to && (b[i] == '-' || b[i] == '+')) {
      i++;
    }
    int digits = 0;
    boolean point = false;
    for (; i < to; i++) {
      byte c = b[i];
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && !point) {
        point = true;
      } else if ((c == 'e' || c == 'E') && digits > 0) {
        break;
      } else {
        return Double.NaN;
      }
    }
    if (digits == 0) {
      return Double.NaN;
    }
    if (i < to) { // exponent
      int j = i + 1;
      if (j < to && (b[j] == '-' || b[j] == '+')) {
        j++;
      }
      if (j >= to) {
        return Double.NaN;
      }
      for (; j < to; j++) {
        if (b[j] < '0' || b[j] > '9') {
          return Double.NaN;
        }
      }
    }
    double v = Double.parseDouble(new String(b, from, to - from, StandardCharsets.US_ASCII));
    return Double.isFinite(v) ? v : Double.NaN;
  }
}
