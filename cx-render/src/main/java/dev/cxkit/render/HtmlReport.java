package dev.cxkit.render;

import dev.cxkit.render.internal.SvgWriter;
import dev.cxkit.render.text.Escape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One self-contained HTML page that reads like an analyst's document: a title, an introduction,
 * then sections, each with one heading and its paragraphs, notes, lists, pictures, tables and code
 * blocks. Inline SVG, inline CSS, no scripts, fonts or network access (a Content-Security-Policy
 * forbids them). All headings, captions and table cells are escaped; pictures must be SVG made by
 * cx-render. No title is repeated: a heading or caption used twice is refused, and with three or
 * more sections the page opens with a table of contents.
 *
 * <pre>{@code
 * String html = HtmlReport.builder()
 *     .title("Cable outage review")
 *     .paragraph("Current and future state of the outage journey.")
 *     .section("Journey map")
 *     .figure(JourneyMapSvg.of(map).toSvg())
 *     .table("Credit per channel", List.of("channel", "credit"), List.of(List.of("email", "0.42")))
 *     .code("The map as Mermaid", MermaidJourney.of(map))
 *     .build()
 *     .toHtml();
 * }</pre>
 */
public final class HtmlReport {
  private static final String CSS =
      "*{box-sizing:border-box}"
          + "body{margin:0;background:#eef1f4;color:#222;font:14px/1.45 "
          + SvgWriter.FONT
          + "}"
          + "main{max-width:1240px;margin:0 auto;padding:24px}"
          + "header h1{font-size:26px;margin:0 0 8px}header p{margin:4px 0;color:#3c4043}"
          + "nav{margin:12px 0}nav ul{margin:4px 0;padding-left:0;list-style:none;columns:2}"
          + "nav a{color:#1a5fb4;text-decoration:none}"
          + "section{background:#fff;border:1px solid #d9dde3;border-radius:8px;"
          + "margin:18px 0;padding:16px 18px}"
          + "section h2{font-size:17px;margin:0 0 10px}"
          + "p.note{background:#f4f6f8;border-left:3px solid #9aa0a6;padding:6px 10px;"
          + "color:#3c4043}"
          + "header ul{margin:4px 0 8px;color:#3c4043}"
          + "figure{margin:12px 0}figcaption,caption{color:#3c4043;font-size:13px;"
          + "text-align:left;padding:4px 0;font-weight:600}"
          + ".figure{overflow-x:auto}.figure svg{display:block;max-width:none}"
          + "table{border-collapse:collapse;font-size:13px;min-width:50%;margin:12px 0}"
          + "th,td{border-bottom:1px solid #e3e6ea;padding:5px 10px;text-align:left}"
          + "th{background:#f4f6f8;font-weight:600}td.num{text-align:right;"
          + "font-variant-numeric:tabular-nums}"
          + "pre{background:#f4f6f8;border-radius:6px;padding:10px;overflow-x:auto;font-size:12px}"
          + "footer{color:#5f6368;font-size:12px;text-align:center;margin:24px 0}";

  private final String title;
  private final String body;

  private HtmlReport(String title, String body) {
    this.title = title;
    this.body = body;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The page's title. */
  public String title() {
    return title;
  }

  /** The complete HTML document. */
  public String toHtml() {
    StringBuilder out = new StringBuilder(body.length() + 4096);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; img-src data:\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(Escape.markup(title))
        .append("</title>\n<style>")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<main>\n")
        .append(body)
        .append("<footer>Made with cxkit. Self-contained: no scripts, fonts or network access.")
        .append("</footer>\n</main>\n</body>\n</html>\n");
    return out.toString();
  }

  /**
   * Collects the blocks of a report in order. Blocks added before the first {@link
   * #section(String)} form the introduction under the title; later ones belong to the last section
   * started.
   */
  public static final class Builder {
    private String title = "cxkit report";
    private final List<String> intro = new ArrayList<>();
    private final List<String> headings = new ArrayList<>();
    private final List<List<String>> sections = new ArrayList<>();
    private final Set<String> titles = new HashSet<>();

    private Builder() {}

    /** The page title, shown as the heading. */
    public Builder title(String value) {
      title = Objects.requireNonNull(value, "title");
      return this;
    }

    /**
     * Starts a section with one heading; the blocks added next belong to it.
     *
     * @throws IllegalArgumentException if the heading is blank or a heading or caption already used
     *     in this report
     */
    public Builder section(String heading) {
      Objects.requireNonNull(heading, "heading");
      if (heading.isBlank()) {
        throw new IllegalArgumentException("heading must not be blank");
      }
      unique(heading, "heading");
      headings.add(heading);
      sections.add(new ArrayList<>());
      return this;
    }

    /**
     * A section holding one picture: {@code section(heading).figure(svg)}.
     *
     * @param svg an SVG document made by cx-render
     * @throws IllegalArgumentException if {@code svg} is not an {@code <svg>} document, or the
     *     heading is used already
     */
    public Builder section(String heading, String svg) {
      String s = svg(svg);
      return section(heading).figure("", s);
    }

    /** A paragraph of plain text. */
    public Builder paragraph(String text) {
      return add("<p>" + Escape.markup(Objects.requireNonNull(text, "text")) + "</p>");
    }

    /** A note set apart from the text: an assumption, a caveat, what was left out and why. */
    public Builder note(String text) {
      return add(
          "<p class=\"note\">" + Escape.markup(Objects.requireNonNull(text, "text")) + "</p>");
    }

    /** A bulleted list of plain-text items. */
    public Builder list(List<String> items) {
      StringBuilder b = new StringBuilder("<ul>");
      for (String i : Objects.requireNonNull(items, "items")) {
        b.append("<li>").append(Escape.markup(Objects.requireNonNull(i, "item"))).append("</li>");
      }
      return add(b.append("</ul>").toString());
    }

    /** A picture without a caption: cx-render's pictures carry their own visible title. */
    public Builder figure(String svg) {
      return figure("", svg);
    }

    /**
     * A picture with a caption ({@code ""} for none).
     *
     * @param svg an SVG document made by cx-render
     * @throws IllegalArgumentException if {@code svg} is not an {@code <svg>} document or the
     *     caption is a heading or caption already used in this report
     */
    public Builder figure(String caption, String svg) {
      String s = svg(svg);
      String c = caption(caption);
      return add(
          "<figure><div class=\"figure\">"
              + s
              + "</div>"
              + (c.isEmpty() ? "" : "<figcaption>" + c + "</figcaption>")
              + "</figure>");
    }

    /**
     * A table with a caption ({@code ""} for none); cells that look like numbers are right-aligned.
     *
     * @throws IllegalArgumentException if a row's length differs from the header's, or the caption
     *     is a heading or caption already used in this report
     */
    public Builder table(String caption, List<String> headers, List<? extends List<String>> rows) {
      Objects.requireNonNull(headers, "headers");
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i).size() != headers.size()) {
          throw new IllegalArgumentException(
              "rows[" + i + "] must have " + headers.size() + " cells, was " + rows.get(i).size());
        }
      }
      String c = caption(caption);
      StringBuilder b = new StringBuilder("<table>");
      if (!c.isEmpty()) {
        b.append("<caption>").append(c).append("</caption>");
      }
      b.append("<thead><tr>");
      for (String h : headers) {
        b.append("<th>").append(Escape.markup(h)).append("</th>");
      }
      b.append("</tr></thead><tbody>");
      for (List<String> row : rows) {
        b.append("<tr>");
        for (String cell : row) {
          boolean num = cell.matches("[-+]?[\\d,]*\\.?\\d+%?");
          b.append(num ? "<td class=\"num\">" : "<td>").append(Escape.markup(cell)).append("</td>");
        }
        b.append("</tr>");
      }
      return add(b.append("</tbody></table>").toString());
    }

    /** A block of preformatted text, such as DOT or Mermaid source, with a caption. */
    public Builder code(String caption, String text) {
      String c = caption(caption);
      return add(
          "<figure>"
              + (c.isEmpty() ? "" : "<figcaption>" + c + "</figcaption>")
              + "<pre>"
              + Escape.markup(Objects.requireNonNull(text, "text"))
              + "</pre></figure>");
    }

    /** The report. */
    public HtmlReport build() {
      StringBuilder b = new StringBuilder();
      b.append("<header><h1>").append(Escape.markup(title)).append("</h1>\n");
      for (String block : intro) {
        b.append(block).append('\n');
      }
      if (headings.size() >= 3) {
        b.append("<nav><strong>Contents</strong><ul>");
        for (int i = 0; i < headings.size(); i++) {
          b.append("<li><a href=\"#")
              .append(id(i))
              .append("\">")
              .append(Escape.markup(headings.get(i)))
              .append("</a></li>");
        }
        b.append("</ul></nav>\n");
      }
      b.append("</header>\n");
      for (int i = 0; i < headings.size(); i++) {
        b.append("<section id=\"")
            .append(id(i))
            .append("\"><h2>")
            .append(Escape.markup(headings.get(i)))
            .append("</h2>\n");
        for (String block : sections.get(i)) {
          b.append(block).append('\n');
        }
        b.append("</section>\n");
      }
      return new HtmlReport(title, b.toString());
    }

    private static String id(int section) {
      return String.format(Locale.ROOT, "section-%d", section + 1);
    }

    private Builder add(String block) {
      (sections.isEmpty() ? intro : sections.get(sections.size() - 1)).add(block);
      return this;
    }

    private String caption(String caption) {
      Objects.requireNonNull(caption, "caption");
      if (caption.isBlank()) {
        return "";
      }
      unique(caption, "caption");
      return Escape.markup(caption);
    }

    private void unique(String text, String what) {
      if (!titles.add(text.strip())) {
        throw new IllegalArgumentException(
            what + " '" + Escape.line(text) + "' is used twice: every title must be unique");
      }
    }

    private static String svg(String svg) {
      String s = Objects.requireNonNull(svg, "svg").strip();
      if (!s.startsWith("<svg") || !s.endsWith("</svg>")) {
        throw new IllegalArgumentException(
            "svg must be an <svg>...</svg> document, was " + abbreviate(s));
      }
      return s;
    }

    private static String abbreviate(String s) {
      String one = s.replaceAll("\\s+", " ");
      return "'" + (one.length() > 40 ? one.substring(0, 40) + "..." : one) + "'";
    }
  }
}
