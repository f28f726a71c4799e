package dev.cxkit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The tour's HTML report: one self-contained page (inline CSS, no scripts, fonts or network access)
 * with a section per step holding paragraphs and tables. All text is escaped.
 */
final class TourReport {
  private final StringBuilder body = new StringBuilder();
  private final List<String> toc = new ArrayList<>();

  TourReport section(String title) {
    toc.add(title);
    body.append("<h2 id=\"s")
        .append(toc.size())
        .append("\">")
        .append(escape(title))
        .append("</h2>\n");
    return this;
  }

  TourReport paragraph(String text) {
    body.append("<p>").append(escape(text)).append("</p>\n");
    return this;
  }

  TourReport pre(String text) {
    body.append("<pre>").append(escape(text)).append("</pre>\n");
    return this;
  }

  TourReport table(Table t) {
    body.append("<table>\n<tr>");
    for (String c : t.columns()) {
      body.append("<th>").append(escape(c)).append("</th>");
    }
    body.append("</tr>\n");
    for (int r = 0; r < t.size(); r++) {
      body.append("<tr>");
      for (String c : t.columns()) {
        Object v = t.cell(r, c);
        body.append(v instanceof Number ? "<td class=\"n\">" : "<td>")
            .append(escape(Table.human(v)))
            .append("</td>");
      }
      body.append("</tr>\n");
    }
    body.append("</table>\n");
    return this;
  }

  void write(Path file, String title) throws IOException {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>")
        .append(escape(title))
        .append("</title>\n<style>\n")
        .append("body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;")
        .append("padding:0 1rem;color:#222;line-height:1.45}\n")
        .append("table{border-collapse:collapse;margin:.5rem 0 1rem}\n")
        .append("th,td{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}\n")
        .append("td.n{text-align:right;font-variant-numeric:tabular-nums}\n")
        .append("th{background:#f0f3f7}\npre{background:#f6f6f6;padding:.5rem;overflow:auto}\n")
        .append("</style>\n</head>\n<body>\n<h1>")
        .append(escape(title))
        .append("</h1>\n<ol>\n");
    for (int i = 0; i < toc.size(); i++) {
      html.append("<li><a href=\"#s")
          .append(i + 1)
          .append("\">")
          .append(escape(toc.get(i)))
          .append("</a></li>\n");
    }
    html.append("</ol>\n").append(body).append("</body>\n</html>\n");
    Files.writeString(file, html, StandardCharsets.UTF_8);
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
