package dev.cxkit.cli;

import dev.cxkit.render.text.Escape;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Where a report says things: each section heading, sentence, note, list and table goes to the
 * console (indented, tables in the command line's one number format, text through {@link
 * Escape#line}) and into the HTML page, so the two say the same; pictures and code blocks go to the
 * page only. Sections are numbered the same way in both: {@code [3/9] Funnel} on the console,
 * {@code 3. Funnel} in the page.
 */
final class ReportOutput {
  private final PrintWriter console;
  private final ReportPage page;
  private final int sections;
  private int section;

  /** An output of {@code sections} numbered sections. */
  ReportOutput(PrintWriter console, ReportPage page, int sections) {
    this.console = console;
    this.page = page;
    this.sections = sections;
  }

  ReportPage page() {
    return page;
  }

  /** Sections started so far. */
  int sectionsWritten() {
    return section;
  }

  /** Starts the next numbered section. */
  void section(String heading) {
    section++;
    if (section > sections) {
      throw new IllegalStateException(
          "section " + section + " '" + heading + "' of a report announced with " + sections);
    }
    console("");
    console(String.format(Locale.ROOT, "[%d/%d] %s", section, sections, heading));
    page.section(String.format(Locale.ROOT, "%d. %s", section, heading));
  }

  /** A line on the console only. */
  void console(String text) {
    console.println(Escape.line(text));
    console.flush();
  }

  /** A sentence on the console and as a paragraph of the page. */
  void say(String text) {
    console("  " + text);
    page.paragraph(text);
  }

  /** A note (an assumption, a caveat) on the console and set apart in the page. */
  void note(String text) {
    console("  * " + text);
    page.note(text);
  }

  /** A bulleted list on the console and in the page. */
  void list(List<String> items) {
    for (String i : items) {
      console("  - " + i);
    }
    page.list(items);
  }

  /** A table on the console and in the page. */
  void show(Table t) {
    for (String line : t.text().split("\n")) {
      console.println("    " + line);
    }
    console.flush();
    page.table(t);
  }

  /** A picture in the page. */
  void figure(String svg) {
    page.figure(svg);
  }

  /** Preformatted text in the page. */
  void code(String caption, String text) {
    page.code(caption, text);
  }

  /** A proportion as a percentage with one decimal, {@code 27.5 %}. */
  static String pct(double share) {
    return String.format(Locale.ROOT, "%.1f %%", 100 * share);
  }

  /** A share with its interval, {@code 27.5 % (95 % interval 25.6-29.5 %)}. */
  static String pct(double share, dev.cxkit.metrics.stats.Interval i) {
    return String.format(
        Locale.ROOT,
        "%.1f %% (%s interval %.1f-%.1f %%)",
        100 * share,
        level(i.confidenceLevel()),
        100 * i.lower(),
        100 * i.upper());
  }

  /** A duration as people say it: {@code 7 days}, {@code 30 minutes}, {@code 1 hour 30 minutes}. */
  static String duration(java.time.Duration d) {
    List<String> parts = new java.util.ArrayList<>();
    long days = d.toDays();
    if (days > 0) {
      parts.add(Plural.of(days, "day"));
    }
    if (d.toHoursPart() > 0) {
      parts.add(Plural.of(d.toHoursPart(), "hour"));
    }
    if (d.toMinutesPart() > 0) {
      parts.add(Plural.of(d.toMinutesPart(), "minute"));
    }
    if (d.toSecondsPart() > 0 || parts.isEmpty()) {
      parts.add(Plural.of(d.toSecondsPart(), "second"));
    }
    return String.join(" ", parts);
  }

  /** A confidence level as people write it: {@code 95 %}, {@code 99.5 %}. */
  static String level(double confidence) {
    String s = String.format(Locale.ROOT, "%.1f", 100 * confidence);
    return (s.endsWith(".0") ? s.substring(0, s.length() - 2) : s) + " %";
  }
}
