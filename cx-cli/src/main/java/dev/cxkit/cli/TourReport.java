package dev.cxkit.cli;

import dev.cxkit.render.HtmlReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The tour's HTML report, composed with cx-render's {@link HtmlReport}: one self-contained page
 * (inline SVG and CSS, no scripts, fonts or network access) with the pictures, paragraphs and
 * tables of each step. All text is escaped by the composer.
 */
final class TourReport {
  private final HtmlReport.Builder page = HtmlReport.builder();
  private String section = "";

  TourReport section(String title) {
    section = title;
    page.paragraph(title);
    return this;
  }

  TourReport paragraph(String text) {
    page.paragraph(text);
    return this;
  }

  TourReport pre(String title, String text) {
    page.code(title, text);
    return this;
  }

  TourReport figure(String title, String svg) {
    page.section(title, svg);
    return this;
  }

  TourReport table(Table t) {
    List<List<String>> rows = new ArrayList<>();
    for (int r = 0; r < t.size(); r++) {
      List<String> row = new ArrayList<>();
      row.addAll(t.humanRow(r));
      rows.add(row);
    }
    page.table(section, t.names(), rows);
    return this;
  }

  void write(Path file, String title) throws IOException {
    AtomicFile.writeString(file, page.title(title).build().toHtml());
  }
}
