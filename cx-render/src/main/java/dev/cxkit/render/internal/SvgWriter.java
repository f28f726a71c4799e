package dev.cxkit.render.internal;

import dev.cxkit.render.text.Escape;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A tiny streaming SVG/XML writer that escapes every attribute value and text node, so user text (a
 * persona called {@code <script>}) is always shown and never interpreted.
 *
 * <pre>{@code
 * SvgWriter w = SvgWriter.document(400, 300, "Funnel", "Conversion by step");
 * w.empty("rect", "x", 0, "y", 0, "width", 10, "height", 10, "fill", "#0072B2");
 * String svg = w.finish();
 * }</pre>
 */
public final class SvgWriter {
  /** The SVG namespace. */
  public static final String SVG_NS = "http://www.w3.org/2000/svg";

  /** Font stack used by every picture: system fonts only, nothing fetched. */
  public static final String FONT =
      "system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', 'DejaVu Sans', Arial,"
          + " sans-serif";

  private final StringBuilder out = new StringBuilder(8192);
  private final Deque<String> open = new ArrayDeque<>();

  private SvgWriter() {}

  /** Starts an SVG document of the given pixel size with an accessible title and description. */
  public static SvgWriter document(double width, double height, String title, String description) {
    SvgWriter w = new SvgWriter();
    w.start(
        "svg",
        "xmlns",
        SVG_NS,
        "width",
        Math.ceil(width),
        "height",
        Math.ceil(height),
        "viewBox",
        "0 0 " + Fmt.num(Math.ceil(width)) + " " + Fmt.num(Math.ceil(height)),
        "role",
        "img",
        "font-family",
        FONT,
        "font-size",
        12,
        "fill",
        Colors.INK);
    w.element("title", title);
    w.element("desc", description);
    w.empty(
        "rect",
        "x",
        0,
        "y",
        0,
        "width",
        Math.ceil(width),
        "height",
        Math.ceil(height),
        "fill",
        "#ffffff");
    return w;
  }

  /** Opens {@code tag} with name/value attribute pairs; values are escaped or number-formatted. */
  public SvgWriter start(String tag, Object... attributes) {
    writeTag(tag, attributes);
    out.append('>');
    open.push(tag);
    return this;
  }

  /** Writes a self-closing element. */
  public SvgWriter empty(String tag, Object... attributes) {
    writeTag(tag, attributes);
    out.append("/>");
    return this;
  }

  /** Writes {@code <tag attrs>text</tag>}. */
  public SvgWriter element(String tag, String text, Object... attributes) {
    writeTag(tag, attributes);
    out.append('>');
    escapeTo(text, out);
    out.append("</").append(tag).append('>');
    return this;
  }

  /** Writes escaped text inside the current element. */
  public SvgWriter text(String text) {
    escapeTo(text, out);
    return this;
  }

  /** Closes the innermost open element. */
  public SvgWriter end() {
    if (open.isEmpty()) {
      throw new IllegalStateException("end() called with no open element");
    }
    out.append("</").append(open.pop()).append('>');
    return this;
  }

  /** Closes every open element and returns the document. */
  public String finish() {
    while (!open.isEmpty()) {
      end();
    }
    out.append('\n');
    return out.toString();
  }

  private void writeTag(String tag, Object[] attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes must be name/value pairs, was odd length");
    }
    out.append('<').append(tag);
    for (int i = 0; i < attributes.length; i += 2) {
      Object value = attributes[i + 1];
      if (value == null) {
        continue;
      }
      out.append(' ').append((String) attributes[i]).append("=\"");
      if (value instanceof Number n) {
        out.append(Fmt.num(n.doubleValue()));
      } else {
        escapeTo(value.toString(), out);
      }
      out.append('"');
    }
  }

  /** XML-escapes {@code s} with cxkit's one escaping layer, {@link Escape#markup(String)}. */
  public static String escape(String s) {
    return Escape.markup(s);
  }

  static void escapeTo(String s, StringBuilder b) {
    b.append(Escape.markup(s));
  }
}
