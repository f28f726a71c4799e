package dev.cxkit.render.text;

import dev.cxkit.model.internal.Checks;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one output-escaping layer of cxkit: every CSV cell, JSON string, SVG/XML/HTML text or
 * attribute, Mermaid label, DOT identifier and terminal table cell that cx-render and the {@code
 * ./cx} command write goes through one of these functions, so user text (a step called {@code
 * <script>}, a channel called {@code =HYPERLINK(...)}, a segment holding ESC or U+202E) is always
 * shown and never interpreted.
 *
 * <p>Rules shared by every format: characters that must never be live ({@link Checks#isHidden C0
 * and C1 controls, bidi and zero-width format characters, U+2028/U+2029, lone surrogates,
 * noncharacters}) are either escaped by the format's own mechanism (a JSON backslash-u escape) or,
 * where a format has none, replaced by their visible form {@code [U+202E]}. Tab, line feed and
 * carriage return are kept where the format holds them safely (quoted CSV fields, XML text) and
 * become a space in one-line formats (Mermaid, DOT, terminal tables).
 *
 * <pre>{@code
 * Escape.csvCell("=HYPERLINK(\"x\")")   // "'=HYPERLINK(""x"")" in quotes
 * Escape.csvCell("-1.5")                // -1.5 (a number stays a number)
 * Escape.jsonString("a</script>")       // < and > as backslash-u escapes
 * Escape.markup("<b> & \"q\"")          // &lt;b&gt; &amp; &quot;q&quot;
 * Escape.mermaid("Pay: card; #1")       // Pay#58; card#59; #35;1
 * Escape.dotId("say \"hi\"")            // "say \"hi\""
 * }</pre>
 */
public final class Escape {
  /** A plain decimal number: what a spreadsheet reads as a number, never as a formula. */
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

  /** Leading characters that make a spreadsheet evaluate a cell (OWASP "CSV injection"). */
  private static final String FORMULA_START = "=+-@\t\r\n";

  /** ASCII characters that Mermaid's journey grammar or an HTML page would interpret. */
  private static final String MERMAID_SYNTAX = "#;:%<>&\"'`{}\\,";

  /** Keywords of Mermaid's journey lexer that are matched before a task name. */
  private static final List<String> MERMAID_KEYWORDS =
      List.of("journey", "title", "section", "acctitle", "accdescr");

  private Escape() {}

  /**
   * One RFC 4180 CSV field. A cell starting with {@code =}, {@code +}, {@code -}, {@code @}, tab,
   * carriage return or line feed is prefixed with an apostrophe so that spreadsheets show it as
   * text instead of evaluating it (OWASP's CSV-injection rule), except a plain decimal number such
   * as {@code -1.5} or {@code +2e-3}, which a spreadsheet reads as that number and which is written
   * as is. A field holding a comma, a double quote, a carriage return or a line feed (also a lone
   * one), or starting or ending with a space, is quoted with inner quotes doubled. Hidden
   * characters other than tab, CR and LF become their visible form.
   */
  public static String csvCell(String value) {
    String v = visible(Objects.requireNonNull(value, "value"), Whitespace.KEEP);
    if (!v.isEmpty() && FORMULA_START.indexOf(v.charAt(0)) >= 0 && !NUMBER.matcher(v).matches()) {
      v = "'" + v;
    }
    boolean quote =
        !v.isEmpty() && (v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' ')
            || v.indexOf(',') >= 0
            || v.indexOf('"') >= 0
            || v.indexOf('\r') >= 0
            || v.indexOf('\n') >= 0;
    return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }

  /** One CSV record: the cells {@link #csvCell escaped}, separated by commas, ended by CRLF. */
  public static String csvRecord(List<String> cells) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(csvCell(cells.get(i)));
    }
    return out.append("\r\n").toString();
  }

  /**
   * A JSON string literal, quotes included (RFC 8259), safe to embed in an HTML {@code <script>}
   * element or a JavaScript source: {@code "} and {@code \} are escaped, controls as {@code \n},
   * {@code \t}, ... or a backslash-u escape, and so are hidden characters (bidi, zero-width,
   * U+2028, U+2029) and {@code < > & '}. Every other character is written as itself. The escaping
   * is lossless, except that a lone surrogate (which UTF-8 cannot hold) becomes its visible form.
   */
  public static String jsonString(String value) {
    Objects.requireNonNull(value, "value");
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '<', '>', '&', '\'' -> unicodeEscape(out, cp);
        default -> {
          if (Character.getType(cp) == Character.SURROGATE) {
            Checks.appendVisible(out, cp);
          } else if (Checks.isHidden(cp)) {
            for (char c : Character.toChars(cp)) {
              unicodeEscape(out, c);
            }
          } else {
            out.appendCodePoint(cp);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /**
   * A JSON number for {@code value}: integral values below 2<sup>53</sup> without a fraction
   * ({@code 42}), others in Java's shortest round-trip form ({@code 0.175}, {@code 1.0E-5}).
   *
   * @throws IllegalArgumentException if {@code value} is NaN or infinite: JSON has no such numbers
   */
  public static String jsonNumber(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("a JSON number must be finite, was " + value);
    }
    if (value == Math.rint(value) && Math.abs(value) < 0x1p53) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  /**
   * Text or an attribute value for SVG, XML or HTML: {@code & < > " '} become character references,
   * hidden characters (which XML 1.0 cannot hold or which would reorder or hide text) their visible
   * form; tab, line feed and carriage return are kept.
   */
  public static String markup(String value) {
    Objects.requireNonNull(value, "value");
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\t', '\n', '\r' -> out.appendCodePoint(cp);
        default -> appendVisible(out, cp);
      }
    }
    return out.toString();
  }

  /**
   * One label of a Mermaid diagram (a title, section, task or actor name), on one line. Mermaid
   * decodes entity codes such as {@code #35;} itself (its documented escape, decoded into a
   * character reference in the rendered SVG), so the characters its journey grammar treats as
   * structure ({@code # ; : %}), the actor separator {@code ,} and markup ({@code < > & " ' `}),
   * become entity codes and are shown, never interpreted: no label can end a task, start a comment
   * or directive, or pass {@code <script>} into a page that embeds the source. A label starting
   * with a keyword of the journey lexer ({@code journey}, {@code title}, {@code section}, {@code
   * accTitle}, {@code accDescr}) has its first letter written as an entity code. Whitespace runs
   * become one space, hidden characters their visible form; a blank label becomes {@code -}.
   */
  public static String mermaid(String value) {
    String v = visible(Objects.requireNonNull(value, "value"), Whitespace.SPACE);
    v = v.replaceAll("\\s+", " ").strip();
    if (v.isEmpty()) {
      return "-";
    }
    StringBuilder out = new StringBuilder(v.length() + 16);
    String lower = v.toLowerCase(Locale.ROOT);
    int start = 0;
    if (MERMAID_KEYWORDS.stream().anyMatch(lower::startsWith)) {
      entity(out, v.charAt(0));
      start = 1;
    }
    for (int i = start; i < v.length(); i++) {
      char c = v.charAt(i);
      if (MERMAID_SYNTAX.indexOf(c) >= 0) {
        entity(out, c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A Graphviz DOT identifier as a double-quoted string, quotes included. Inside DOT quotes only
   * {@code \"} is an escape and a backslash is kept for the label's escString, so {@code \} becomes
   * {@code \\} (shown as one backslash, and {@code \N} or {@code \n} in a name stay text) and
   * {@code "} becomes {@code \"}; line breaks and tabs become spaces, hidden characters their
   * visible form.
   */
  public static String dotId(String value) {
    String v = visible(Objects.requireNonNull(value, "value"), Whitespace.SPACE);
    return '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /**
   * One line of plain text for a terminal or a text table: tab, line feed and carriage return
   * become spaces, every other hidden character (ESC, BEL, U+202E, ...) its visible form, so a cell
   * can neither retitle nor clear the terminal nor reorder the line.
   */
  public static String line(String value) {
    return visible(Objects.requireNonNull(value, "value"), Whitespace.SPACE);
  }

  /** What happens to tab, line feed and carriage return. */
  private enum Whitespace {
    KEEP,
    SPACE
  }

  private static String visible(String value, Whitespace whitespace) {
    if (whitespace == Whitespace.KEEP) {
      return Checks.printable(value, "\t\n\r");
    }
    return Checks.printable(value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
  }

  private static void appendVisible(StringBuilder out, int cp) {
    if (Checks.isHidden(cp)) {
      Checks.appendVisible(out, cp);
    } else {
      out.appendCodePoint(cp);
    }
  }

  private static void unicodeEscape(StringBuilder out, int c) {
    out.append(String.format(Locale.ROOT, "\\u%04x", c));
  }

  private static void entity(StringBuilder out, char c) {
    out.append('#').append((int) c).append(';');
  }
}
