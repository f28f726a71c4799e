package dev.cxkit.cli;

import dev.cxkit.render.HtmlReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A report's HTML page, composed with cx-render's {@link HtmlReport}: one self-contained document
 * (inline SVG and CSS, no scripts, fonts or network access) with an introduction and one section
 * per heading; the command line's {@link Table tables} appear with the same cells as on the
 * console. All text is escaped by the composer.
 */
final class ReportPage {
  private final HtmlReport.Builder page = HtmlReport.builder();

  ReportPage section(String heading) {
    page.section(heading);
    return this;
  }

  ReportPage paragraph(String text) {
    page.paragraph(text);
    return this;
  }

  ReportPage note(String text) {
    page.note(text);
    return this;
  }

  ReportPage list(List<String> items) {
    page.list(items);
    return this;
  }

  ReportPage code(String caption, String text) {
    page.code(caption, text);
    return this;
  }

  ReportPage figure(String svg) {
    page.figure(svg);
    return this;
  }

  ReportPage table(Table t) {
    List<List<String>> rows = new ArrayList<>();
    for (int r = 0; r < t.size(); r++) {
      rows.add(t.humanRow(r));
    }
    page.table("", t.names(), rows);
    return this;
  }

  String html(String title) {
    return page.title(title).build().toHtml();
  }

  void write(Path file, String title) throws IOException {
    AtomicFile.writeString(file, html(title));
  }
}
