package dev.cxkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.render.testing.RenderFixtures;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The structure of an {@link HtmlReport}: an introduction, sections with one heading each. */
class HtmlReportTest {
  @Test
  void blocksBelongToTheLastSectionStartedAndTheIntroComesFirst() {
    String html =
        HtmlReport.builder()
            .title("Outage review")
            .paragraph("intro text")
            .note("not included: CLV")
            .section("Journeys")
            .paragraph("p1")
            .figure(RenderFixtures.funnel())
            .table("Top paths", List.of("path", "n"), List.of(List.of("a > b", "12")))
            .section("Survey")
            .list(List.of("one", "two"))
            .code("The map as Mermaid", "journey")
            .section("CLV")
            .figure("Spend per customer", RenderFixtures.clv())
            .build()
            .toHtml();
    Document d = Jsoup.parse(html);
    assertEquals("Outage review", d.selectFirst("header h1").text());
    assertEquals("intro text", d.selectFirst("header p").text());
    assertEquals("not included: CLV", d.selectFirst("header p.note").text());
    List<String> headings = d.select("section > h2").eachText();
    assertEquals(List.of("Journeys", "Survey", "CLV"), headings);
    assertEquals(headings, d.select("nav li a").eachText(), "a table of contents");
    for (Element a : d.select("nav li a")) {
      assertEquals(1, d.select(a.attr("href")).size(), "contents link to a section");
    }
    Element journeys = d.select("section").get(0);
    assertEquals(1, journeys.select("svg").size());
    assertEquals(0, journeys.select("figcaption").size(), "the picture's own title is its caption");
    assertEquals("Top paths", journeys.selectFirst("table caption").text());
    assertEquals("num", journeys.selectFirst("td:contains(12)").className());
    assertEquals(List.of("one", "two"), d.select("section").get(1).select("li").eachText());
    assertEquals("Spend per customer", d.select("section").get(2).selectFirst("figcaption").text());
  }

  @Test
  void noTitleTwice() {
    HtmlReport.Builder b = HtmlReport.builder().section("Funnel");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> b.section("Funnel"));
    assertTrue(e.getMessage().contains("'Funnel' is used twice"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> b.table("Funnel", List.of("a"), List.of()));
    assertThrows(IllegalArgumentException.class, () -> b.section(" "));
    b.table("", List.of("a"), List.of()).table("", List.of("a"), List.of());
  }

  @Test
  void fewSectionsNeedNoContents() {
    String html = HtmlReport.builder().section("One").section("Two").build().toHtml();
    assertEquals(0, Jsoup.parse(html).select("nav").size());
  }
}
