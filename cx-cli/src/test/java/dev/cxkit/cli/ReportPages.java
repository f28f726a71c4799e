package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.render.testing.Pictures;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a report's console output and HTML page side by side: the numbered sections of each, the
 * numbers each says, the titles and the pictures. The shared fixture of the report and tour tests.
 */
final class ReportPages {
  private static final Pattern HEADING = Pattern.compile("^\\[(\\d+)/(\\d+)\\] (.+)$");
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w.^])-?\\d+(?:\\.\\d+)?(?![\\w])");

  /** One section: its heading and its text. */
  record Section(String heading, String text) {}

  private ReportPages() {}

  /**
   * The console's parts: index 0 is what comes before the first section (without the title and the
   * list of sections), then one per {@code [n/N] heading} line, up to the {@code HTML report:}
   * line.
   */
  static List<Section> console(String out) {
    List<Section> parts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    String heading = "";
    int expected = 1;
    boolean first = true;
    for (String line : out.split("\\R")) {
      if (line.startsWith("HTML report: ")) {
        break;
      }
      if (first) {
        first = false; // the title
        continue;
      }
      Matcher m = HEADING.matcher(line);
      if (m.matches()) {
        assertEquals(
            expected++, Integer.parseInt(m.group(1)), "console sections in order: " + line);
        parts.add(new Section(heading, text.toString()));
        heading = m.group(3);
        text.setLength(0);
      } else if (!line.startsWith("  Sections: ")) {
        text.append(line).append('\n');
      }
    }
    parts.add(new Section(heading, text.toString()));
    return parts;
  }

  /**
   * The page's parts: index 0 is the introduction (without the title and the contents), then one
   * per section, its heading without the number; pictures and code blocks are left out.
   */
  static List<Section> page(String html) {
    Document d = Jsoup.parse(html);
    List<Section> parts = new ArrayList<>();
    Element header = d.selectFirst("header");
    StringBuilder intro = new StringBuilder();
    for (Element e : header.children()) {
      if (!e.tagName().equals("h1") && !e.tagName().equals("nav")) {
        intro.append(text(e)).append('\n');
      }
    }
    parts.add(new Section("", intro.toString()));
    int n = 1;
    for (Element s : d.select("main > section")) {
      String h = s.selectFirst("h2").text();
      assertTrue(h.startsWith(n + ". "), "page sections in order: " + h);
      StringBuilder text = new StringBuilder();
      for (Element e : s.children()) {
        if (!e.tagName().equals("h2") && !e.tagName().equals("figure")) {
          text.append(text(e)).append('\n');
        }
      }
      parts.add(new Section(h.substring((n + ". ").length()), text.toString()));
      n++;
    }
    return parts;
  }

  private static String text(Element e) {
    if (e.tagName().equals("table")) {
      StringBuilder b = new StringBuilder();
      for (Element row : e.select("tr")) {
        b.append(String.join(" ", row.select("th, td").eachText())).append('\n');
      }
      return b.toString();
    }
    if (e.tagName().equals("ul")) {
      return String.join("\n", e.select("li").eachText());
    }
    return e.text();
  }

  /** The numbers of {@code text}, in order, as written (no number inside a word like r2). */
  static List<String> numbers(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Asserts that console and page have the same sections and say the same numbers in each. */
  static void assertAgree(String console, String html) {
    List<Section> c = console(console);
    List<Section> p = page(html);
    assertEquals(
        c.stream().map(Section::heading).toList(),
        p.stream().map(Section::heading).toList(),
        "the same sections, in the same order");
    for (int i = 0; i < c.size(); i++) {
      List<String> cn = numbers(c.get(i).text());
      List<String> pn = numbers(p.get(i).text());
      assertEquals(cn, pn, "numbers of section '" + c.get(i).heading() + "'");
      if (i > 0) {
        assertTrue(!cn.isEmpty(), "section '" + c.get(i).heading() + "' says numbers");
      }
    }
  }

  /**
   * Asserts that no title is repeated: section headings, table and figure captions and the titles
   * of the pictures are all different.
   */
  static void assertNoTitleTwice(String html) {
    Document d = Jsoup.parse(html);
    List<String> titles = new ArrayList<>();
    for (Element h : d.select("main > section > h2")) {
      titles.add(h.text().replaceFirst("^\\d+\\. ", ""));
    }
    titles.addAll(d.select("caption, figcaption").eachText());
    for (String svg : Pictures.inPage(html)) {
      titles.add(Pictures.title(svg));
    }
    Set<String> seen = new HashSet<>();
    for (String t : titles) {
      assertTrue(seen.add(t.strip().toLowerCase(java.util.Locale.ROOT)), "title twice: " + t);
    }
  }

  /** Checks every picture of the page as the pictures tests do; returns their titles. */
  static List<String> assertPictures(String html) {
    List<String> titles = new ArrayList<>();
    for (String svg : Pictures.inPage(html)) {
      Pictures.assertWellFormed("picture " + (titles.size() + 1) + " of the report", svg);
      titles.add(Pictures.title(svg));
    }
    return titles;
  }
}
