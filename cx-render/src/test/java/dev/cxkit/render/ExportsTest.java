package dev.cxkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.render.testing.RenderFixtures;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV export, HTML report and palette. */
class ExportsTest {
  @Test
  void csvNeutralisesFormulaCells() {
    assertEquals("'=1+1", CsvExport.cell("=1+1").replace("\"", ""));
    assertEquals("'+cmd", CsvExport.cell("+cmd"));
    assertEquals("'-2+3", CsvExport.cell("-2+3"));
    assertEquals("'@SUM(A1)", CsvExport.cell("@SUM(A1)"));
    assertEquals("'\tx", CsvExport.cell("\tx"));
    assertEquals("-1.5", CsvExport.cell("-1.5"));
    assertEquals("plain", CsvExport.cell("plain"));
    assertEquals("\"a,b\"", CsvExport.cell("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", CsvExport.cell("say \"hi\""));
    String csv =
        CsvExport.toCsv(
            List.of("channel", "credit"), List.of(List.of("=HYPERLINK(\"x\")", "0.42")));
    assertEquals("channel,credit\r\n\"'=HYPERLINK(\"\"x\"\")\",0.42\r\n", csv);
    assertThrows(
        IllegalArgumentException.class, () -> CsvExport.toCsv(List.of("a"), List.of(List.of())));
  }

  @Test
  void htmlReportIsSelfContainedAndEscaped() {
    String html =
        HtmlReport.builder()
            .title("<script>alert(1)</script>")
            .paragraph("a & b")
            .section("Funnel <b>", RenderFixtures.funnel())
            .table("T", List.of("h<"), List.of(List.of("<img src=x onerror=alert(1)>")))
            .code("Mermaid", "journey\n  title <x>")
            .build()
            .toHtml();
    assertFalse(html.contains("<script"));
    assertFalse(html.contains("<img"));
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertTrue(html.contains("Content-Security-Policy"));
    assertFalse(html.contains("http://") && !html.contains("http://www.w3.org/2000/svg"));
    assertFalse(html.contains("https://"));
    assertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assertThrows(
        IllegalArgumentException.class,
        () -> HtmlReport.builder().section("x", "<div>not svg</div>"));
    assertThrows(
        IllegalArgumentException.class,
        () -> HtmlReport.builder().table("t", List.of("a", "b"), List.of(List.of("1"))));
  }

  @Test
  void paletteIsStableAndDistinctForFifteenKeys() {
    Palette p = Palette.colourBlindSafe();
    p.assign(List.of("b", "a"));
    assertEquals(Palette.colors().get(0), p.color("b"));
    assertEquals(p.color("b"), p.color("b"));
    HashSet<String> distinct = new HashSet<>();
    for (int i = 0; i < Palette.colors().size(); i++) {
      distinct.add(p.color("k" + i));
    }
    assertTrue(distinct.size() >= Palette.colors().size() - 2);
    assertNotEquals(Palette.textOn("#0072B2"), Palette.textOn("#88CCEE"));
  }
}
