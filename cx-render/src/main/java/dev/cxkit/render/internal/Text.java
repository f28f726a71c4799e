package dev.cxkit.render.internal;

import dev.cxkit.render.text.Escape;
import java.util.ArrayList;
import java.util.List;

/** Text fitting: width estimates, word wrapping and truncation with an ellipsis. */
public final class Text {
  private Text() {}

  /** Average glyph width as a share of the font size for common sans-serif fonts. */
  public static final double CHAR_WIDTH = 0.6;

  /** Lines of wrapped text and whether anything was cut off. */
  public record Wrapped(List<String> lines, boolean truncated) {
    /** Defensive copy. */
    public Wrapped {
      lines = List.copyOf(lines);
    }
  }

  /** Estimated pixel width of {@code s} at {@code fontSize}. */
  public static double width(String s, double fontSize) {
    return s.codePointCount(0, s.length()) * fontSize * CHAR_WIDTH;
  }

  /** How many characters fit into {@code pixels} at {@code fontSize} (at least 1). */
  public static int charsFitting(double pixels, double fontSize) {
    return Math.max(1, (int) Math.floor(pixels / (fontSize * CHAR_WIDTH)));
  }

  /**
   * One line of text: whitespace runs become single spaces and hidden characters (controls, bidi
   * and zero-width characters) their visible form, as {@link Escape#line(String)} writes them.
   */
  public static String normalize(String s) {
    return Escape.line(s).replaceAll("\\s+", " ").strip();
  }

  /** Truncates {@code s} to {@code maxChars} code points, ending in an ellipsis when cut. */
  public static String truncate(String s, int maxChars) {
    String n = normalize(s);
    if (n.codePointCount(0, n.length()) <= maxChars) {
      return n;
    }
    int end = n.offsetByCodePoints(0, Math.max(0, maxChars - 1));
    return n.substring(0, end).stripTrailing() + "\u2026";
  }

  /** Word-wraps {@code s} into at most {@code maxLines} lines of {@code maxChars} code points. */
  public static Wrapped wrap(String s, int maxChars, int maxLines) {
    String n = normalize(s);
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    boolean truncated = false;
    String[] words = n.isEmpty() ? new String[0] : n.split(" ");
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      while (cp(word) > maxChars) {
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        int cut = word.offsetByCodePoints(0, maxChars);
        lines.add(word.substring(0, cut));
        word = word.substring(cut);
      }
      if (line.length() == 0) {
        line.append(word);
      } else if (cp(line.toString()) + 1 + cp(word) <= maxChars) {
        line.append(' ').append(word);
      } else {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      }
      if (lines.size() >= maxLines) {
        truncated = true;
        break;
      }
    }
    if (line.length() > 0 && lines.size() < maxLines) {
      lines.add(line.toString());
    } else if (line.length() > 0) {
      truncated = true;
    }
    if (lines.size() > maxLines) {
      lines = new ArrayList<>(lines.subList(0, maxLines));
      truncated = true;
    }
    if (truncated && !lines.isEmpty()) {
      int last = lines.size() - 1;
      lines.set(last, truncate(lines.get(last) + " \u2026", maxChars));
      if (!lines.get(last).endsWith("\u2026")) {
        lines.set(last, truncate(lines.get(last), Math.max(1, maxChars - 1)) + "\u2026");
      }
    }
    return new Wrapped(lines, truncated);
  }

  private static int cp(String s) {
    return s.codePointCount(0, s.length());
  }

  /**
   * Writes wrapped text as one {@code <text>} with {@code <tspan>} lines; when the text was
   * shortened, a {@code <title>} tooltip carries the full text. Returns the height used.
   */
  public static double block(
      SvgWriter w,
      String full,
      double x,
      double y,
      double maxWidth,
      int maxLines,
      double fontSize,
      Object... attributes) {
    Wrapped wrapped = wrap(full, charsFitting(maxWidth, fontSize), maxLines);
    if (wrapped.lines().isEmpty()) {
      return 0;
    }
    double lineHeight = fontSize * 1.25;
    Object[] attrs = new Object[attributes.length + 6];
    attrs[0] = "x";
    attrs[1] = x;
    attrs[2] = "y";
    attrs[3] = y + fontSize;
    attrs[4] = "font-size";
    attrs[5] = fontSize;
    System.arraycopy(attributes, 0, attrs, 6, attributes.length);
    w.start("text", attrs);
    if (wrapped.truncated()) {
      w.element("title", normalize(full));
    }
    for (int i = 0; i < wrapped.lines().size(); i++) {
      w.element("tspan", wrapped.lines().get(i), "x", x, "dy", i == 0 ? 0 : lineHeight);
    }
    w.end();
    return wrapped.lines().size() * lineHeight;
  }

  /** One line, truncated to {@code maxWidth} with a tooltip if cut. */
  public static void line(
      SvgWriter w,
      String full,
      double x,
      double y,
      double maxWidth,
      double fontSize,
      Object... attributes) {
    String n = normalize(full);
    String shown = truncate(n, charsFitting(maxWidth, fontSize));
    Object[] attrs = new Object[attributes.length + 6];
    attrs[0] = "x";
    attrs[1] = x;
    attrs[2] = "y";
    attrs[3] = y;
    attrs[4] = "font-size";
    attrs[5] = fontSize;
    System.arraycopy(attributes, 0, attrs, 6, attributes.length);
    w.start("text", attrs);
    if (!shown.equals(n)) {
      w.element("title", n);
    }
    w.text(shown);
    w.end();
  }
}
