package dev.cxkit.render;

import dev.cxkit.render.internal.SvgWriter;
import dev.cxkit.render.text.Escape;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One self-contained HTML page of pictures and tables: inline SVG, inline CSS, no scripts, fonts or
 * network access (a Content-Security-Policy forbids them). All titles, captions and table cells are
 * escaped; pictures must be SVG made by cx-render.
 *
 * <pre>{@code
 * String html = HtmlReport.builder()
 *     .title("Cable outage tour")
 *     .paragraph("Current and future state of the outage journey.")
 *     .section("Journey map", JourneyMapSvg.of(map).toSvg())
 *     .table("Attribution", List.of("channel", "credit"), List.of(List.of("email", "0.42")))
 *     .code("Mermaid", MermaidJourney.of(map))
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
          + "header h1{font-size:26px;margin:0 0 4px}header p{margin:0;color:#5f6368}"
          + "section{background:#fff;border:1px solid #d9dde3;border-radius:8px;"
          + "margin:18px 0;padding:16px 18px}"
          + "section h2{font-size:17px;margin:0 0 10px}"
          + ".figure{overflow-x:auto}.figure svg{display:block;max-width:none}"
          + "table{border-collapse:collapse;font-size:13px;min-width:50%}"
          + "th,td{border-bottom:1px solid #e3e6ea;padding:5px 10px;text-align:left}"
          + "th{background:#f4f6f8;font-weight:600}td.num{text-align:right;"
          + "font-variant-numeric:tabular-nums}"
          + "pre{background:#f4f6f8;border-radius:6px;padding:10px;overflow-x:auto;font-size:12px}"
          + "footer{color:#5f6368;font-size:12px;text-align:center;margin:24px 0}";

  private final String title;
  private final List<String> blocks;

  private HtmlReport(String title, List<String> blocks) {
    this.title = title;
    this.blocks = List.copyOf(blocks);
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
    StringBuilder out = new StringBuilder(16384);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; img-src data:\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(Escape.markup(title))
        .append("</title>\n<style>")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<main>\n");
    for (String b : blocks) {
      out.append(b).append('\n');
    }
    out.append("<footer>Made with cxkit. Self-contained: no scripts, fonts or network access.")
        .append("</footer>\n</main>\n</body>\n</html>\n");
    return out.toString();
  }

  /** Collects the blocks of a report in order. */
  public static final class Builder {
    private String title = "cxkit report";
    private final List<String> blocks = new ArrayList<>();

    private Builder() {}

    /** The page title, shown as the heading. */
    public Builder title(String value) {
      title = Objects.requireNonNull(value, "title");
      return this;
    }

    /** A paragraph of plain text under the heading or between sections. */
    public Builder paragraph(String text) {
      blocks.add("<p>" + Escape.markup(Objects.requireNonNull(text, "text")) + "</p>");
      return this;
    }

    /**
     * A titled picture.
     *
     * @param svg an SVG document made by cx-render
     * @throws IllegalArgumentException if {@code svg} is not an {@code <svg>} document
     */
    public Builder section(String sectionTitle, String svg) {
      Objects.requireNonNull(sectionTitle, "sectionTitle");
      String s = Objects.requireNonNull(svg, "svg").strip();
      if (!s.startsWith("<svg") || !s.endsWith("</svg>")) {
        throw new IllegalArgumentException(
            "svg must be an <svg>...</svg> document, was " + abbreviate(s));
      }
      blocks.add(
          "<section><h2>"
              + Escape.markup(sectionTitle)
              + "</h2><div class=\"figure\">"
              + s
              + "</div></section>");
      return this;
    }

    /**
     * A titled table; cells that look like numbers are right-aligned.
     *
     * @throws IllegalArgumentException if a row's length differs from the header's
     */
    public Builder table(
        String tableTitle, List<String> headers, List<? extends List<String>> rows) {
      Objects.requireNonNull(tableTitle, "tableTitle");
      StringBuilder b = new StringBuilder("<section><h2>");
      b.append(Escape.markup(tableTitle)).append("</h2><table><thead><tr>");
      for (String h : headers) {
        b.append("<th>").append(Escape.markup(h)).append("</th>");
      }
      b.append("</tr></thead><tbody>");
      for (int i = 0; i < rows.size(); i++) {
        List<String> row = rows.get(i);
        if (row.size() != headers.size()) {
          throw new IllegalArgumentException(
              "rows[" + i + "] must have " + headers.size() + " cells, was " + row.size());
        }
        b.append("<tr>");
        for (String c : row) {
          boolean num = c.matches("[-+]?[\\d,]*\\.?\\d+%?");
          b.append(num ? "<td class=\"num\">" : "<td>").append(Escape.markup(c)).append("</td>");
        }
        b.append("</tr>");
      }
      b.append("</tbody></table></section>");
      blocks.add(b.toString());
      return this;
    }

    /** A titled block of preformatted text, such as DOT or Mermaid source. */
    public Builder code(String codeTitle, String text) {
      blocks.add(
          "<section><h2>"
              + Escape.markup(Objects.requireNonNull(codeTitle, "codeTitle"))
              + "</h2><pre>"
              + Escape.markup(Objects.requireNonNull(text, "text"))
              + "</pre></section>");
      return this;
    }

    /** The report. */
    public HtmlReport build() {
      List<String> all = new ArrayList<>();
      all.add("<header><h1>" + Escape.markup(title) + "</h1></header>");
      all.addAll(blocks);
      return new HtmlReport(title, all);
    }

    private static String abbreviate(String s) {
      String one = s.replaceAll("\\s+", " ");
      return "'" + (one.length() > 40 ? one.substring(0, 40) + "..." : one) + "'";
    }
  }
}
