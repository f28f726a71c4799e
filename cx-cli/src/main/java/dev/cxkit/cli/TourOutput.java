package dev.cxkit.cli;

import dev.cxkit.render.text.Escape;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Where the tour says things: each sentence and table goes to the console (indented, tables in the
 * CLI's one number format, text through {@link Escape#line}) and into the HTML report.
 */
final class TourOutput {
  private final PrintWriter console;
  private final TourReport report;

  TourOutput(PrintWriter console, TourReport report) {
    this.console = console;
    this.report = report;
  }

  TourReport report() {
    return report;
  }

  /** A line on the console only. */
  void console(String text) {
    console.println(Escape.line(text));
    console.flush();
  }

  /** A sentence on the console and as a paragraph of the report. */
  void say(String text) {
    console("  " + text);
    report.paragraph(text);
  }

  /** A table on the console and in the report. */
  void show(Table t) {
    for (String line : t.text().split("\n")) {
      console.println("    " + line);
    }
    console.flush();
    report.table(t);
  }

  /** A picture in the report. */
  void figure(String title, String svg) {
    report.figure(title, svg);
  }

  /** Preformatted text in the report. */
  void pre(String title, String text) {
    report.pre(title, text);
  }

  /** A proportion as a percentage with one decimal, {@code 27.5 %}. */
  static String pct(double share) {
    return String.format(Locale.ROOT, "%.1f %%", 100 * share);
  }
}
