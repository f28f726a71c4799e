package dev.cxkit.render.internal;

import java.util.Locale;

/** Locale-independent number formatting for pictures, tables and exports. */
public final class Fmt {
  private Fmt() {}

  /** A coordinate or plain number: at most two decimals, no trailing zeros, ASCII digits. */
  public static String num(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("number must be finite, was " + v);
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    String s = String.format(Locale.ROOT, "%.2f", v);
    if (s.indexOf('.') >= 0) {
      s = s.replaceAll("0+$", "");
      if (s.endsWith(".")) {
        s = s.substring(0, s.length() - 1);
      }
    }
    return "-0".equals(s) ? "0" : s;
  }

  /** A value with a fixed number of decimals. */
  public static String fixed(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  /** A proportion as a percentage with one decimal, for example {@code 42.5%}. */
  public static String pct(double proportion) {
    return String.format(Locale.ROOT, "%.1f%%", proportion * 100);
  }

  /** A count with thousands separators, for example {@code 12,345}. */
  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** A compact label for axis ticks: 1.2k, 3.4M, or up to two decimals. */
  public static String tick(double v) {
    double a = Math.abs(v);
    if (a >= 1e6) {
      return num(Math.round(v / 1e5) / 10.0) + "M";
    }
    if (a >= 1e4) {
      return num(Math.round(v / 1e2) / 10.0) + "k";
    }
    return num(v);
  }

  /**
   * A duration in milliseconds as a short label with one decimal at most: {@code 850 ms}, {@code
   * 12.5 s}, {@code 3 min}, {@code 2.5 h} (up to two days), {@code 4.2 d}.
   */
  public static String duration(double millis) {
    if (!Double.isFinite(millis) || millis < 0) {
      throw new IllegalArgumentException("duration must be finite and >= 0, was " + millis);
    }
    if (millis < 1000) {
      return num(Math.round(millis)) + " ms";
    }
    if (millis < 60_000) {
      return tenths(millis / 1000) + " s";
    }
    if (millis < 3_600_000) {
      return tenths(millis / 60_000) + " min";
    }
    if (millis < 172_800_000) {
      return tenths(millis / 3_600_000) + " h";
    }
    return tenths(millis / 86_400_000) + " d";
  }

  private static String tenths(double v) {
    return num(Math.round(v * 10) / 10.0);
  }
}
