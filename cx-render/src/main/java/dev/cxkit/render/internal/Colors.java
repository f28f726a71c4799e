package dev.cxkit.render.internal;

/** Fixed colours of the house style (greys for structure; status colours from Okabe-Ito). */
public final class Colors {
  private Colors() {}

  /** Body text. */
  public static final String INK = "#222222";

  /** Secondary text. */
  public static final String MUTED = "#5f6368";

  /** Grid lines and borders. */
  public static final String GRID = "#d9dde3";

  /** Light background bands. */
  public static final String BAND = "#f4f6f8";

  /** Good (bluish green, Okabe-Ito). */
  public static final String GOOD = "#009E73";

  /** Bad (vermillion, Okabe-Ito). */
  public static final String BAD = "#D55E00";

  /** Accent (blue, Okabe-Ito). */
  public static final String ACCENT = "#0072B2";

  /** Highlight (orange, Okabe-Ito). */
  public static final String WARN = "#E69F00";
}
