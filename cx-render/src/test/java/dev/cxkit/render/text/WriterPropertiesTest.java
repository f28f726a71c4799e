package dev.cxkit.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cxkit.model.internal.Checks;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.samples.JourneyMapSamples;
import dev.cxkit.render.CsvExport;
import dev.cxkit.render.HtmlReport;
import dev.cxkit.render.chart.FunnelChart;
import dev.cxkit.render.internal.SvgWriter;
import dev.cxkit.render.testing.DotGrammar;
import dev.cxkit.render.testing.MermaidGrammar;
import dev.cxkit.render.testing.StrictCsv;
import dev.cxkit.render.testing.Svgs;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Any name survives every format cxkit writes: CSV round-trips through a strict RFC 4180 reader,
 * JSON parses with Jackson to the same string, SVG parses as XML and HTML with an HTML5 parser with
 * the name as their text and no live markup, Mermaid and DOT pass their tools' lexer rules with the
 * name as the label shows it; and no hidden character (control, bidi, zero-width) is live in any.
 */
class WriterPropertiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Hostile fragments mixed with arbitrary text. */
  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> fragments =
        Arbitraries.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "]]>",
            "&amp;",
            "=HYPERLINK(\"http://x\")",
            "+1+1",
            "-2+3",
            "-1.5",
            "@SUM(A1)",
            "\t",
            "\r",
            "\n",
            "\r\n",
            "\"",
            "'",
            ",",
            "#",
            "#35;",
            ";",
            ":",
            "%%{init: {}}%%",
            "\\",
            "\\N",
            "\\\"",
            "`",
            "{",
            "journey",
            "title ",
            "Section x",
            "accTitle: t",
            "\u202e",
            "\u2066",
            "\u200b",
            "\u200d",
            "\ufeff",
            "\u2028",
            "\u2029",
            "\u001b]0;x\u0007",
            "\u0000",
            "\u007f",
            "\u0085",
            "\ud800",
            "\udc00",
            "\ud83d\ude00",
            "القاهرة",
            "東京",
            " ",
            "");
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(4);
    return Arbitraries.oneOf(fragments, fragments, any)
        .list()
        .ofMaxSize(6)
        .map(WriterPropertiesTest::join);
  }

  private static String join(List<String> parts) {
    return String.join("", parts);
  }

  /** {@code s} with hidden characters in their visible form, tab, CR and LF kept or spaced. */
  private static String visible(String s, boolean keepWhitespace) {
    StringBuilder out = new StringBuilder();
    s.codePoints()
        .forEach(
            cp -> {
              if (cp == '\t' || cp == '\n' || cp == '\r') {
                out.append(keepWhitespace ? (char) cp : ' ');
              } else if (Checks.isHidden(cp)) {
                Checks.appendVisible(out, cp);
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }

  private static void noHidden(String text, boolean whitespaceAllowed) {
    text.codePoints()
        .forEach(
            cp -> {
              boolean ws = cp == '\t' || cp == '\n' || cp == '\r';
              assertFalse(
                  Checks.isHidden(cp) && !(ws && whitespaceAllowed),
                  "hidden U+" + Integer.toHexString(cp) + " in " + text);
            });
  }

  @Property(tries = 300)
  void csvRoundTripsThroughAStrictReader(@ForAll("names") String name) {
    String csv = CsvExport.toCsv(List.of("name", name), List.of(List.of(name, "-1.5")));
    List<List<String>> records = StrictCsv.parse(csv);
    assertEquals(2, records.size());
    String expected = visible(name, true);
    boolean formula =
        !expected.isEmpty()
            && "=+-@\t\r\n".indexOf(expected.charAt(0)) >= 0
            && !expected.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    String cell = records.get(1).get(0);
    assertEquals(formula ? "'" + expected : expected, cell);
    assertEquals(cell, records.get(0).get(1), "header cells follow the same rule");
    assertEquals("-1.5", records.get(1).get(1), "a negative number stays a number");
    noHidden(csv, true);
  }

  @Property(tries = 300)
  void jsonParsesBackToTheName(@ForAll("names") String name) throws Exception {
    String literal = Escape.jsonString(name);
    String expected =
        name.codePoints()
            .collect(
                StringBuilder::new,
                (b, cp) -> {
                  if (Character.getType(cp) == Character.SURROGATE) {
                    Checks.appendVisible(b, cp);
                  } else {
                    b.appendCodePoint(cp);
                  }
                },
                StringBuilder::append)
            .toString();
    assertEquals(expected, JSON.readTree(literal).textValue());
    noHidden(literal, false);
    for (char c : "<>&'\u2028\u2029".toCharArray()) {
      assertEquals(-1, literal.indexOf(c), "unescaped " + (int) c + " in " + literal);
    }
  }

  @Property(tries = 200)
  void svgParsesWithTheNameAsTextAndNoLiveMarkup(@ForAll("names") String name) {
    SvgWriter w = SvgWriter.document(100, 50, name, name);
    w.element("text", name, "x", 1, "y", 1, "data-name", name);
    org.w3c.dom.Document doc = Svgs.parse(w.finish());
    // XML end-of-line handling turns CRLF and lone CR into LF
    String expected = visible(name, true).replace("\r\n", "\n").replace('\r', '\n');
    assertEquals(expected, text(doc, "title"));
    assertEquals(expected, text(doc, "text"));
    liveMarkupFree(doc.getDocumentElement());
    org.w3c.dom.Document chart =
        Svgs.parse(FunnelChart.render(name, 10, List.of(new FunnelChart.Step(name, 10, 0.5, 1.0))));
    liveMarkupFree(chart.getDocumentElement());
  }

  private static String text(org.w3c.dom.Document doc, String tag) {
    return doc.getElementsByTagNameNS(SvgWriter.SVG_NS, tag).item(0).getTextContent();
  }

  private static void liveMarkupFree(Node node) {
    if (node.getNodeType() == Node.ELEMENT_NODE) {
      assertFalse(node.getLocalName().equalsIgnoreCase("script"), "script element");
      assertFalse(node.getLocalName().equalsIgnoreCase("foreignObject"), "foreignObject");
      for (int i = 0; i < node.getAttributes().getLength(); i++) {
        Node a = node.getAttributes().item(i);
        assertFalse(a.getNodeName().toLowerCase().startsWith("on"), "event handler attribute");
        noHidden(a.getNodeValue(), true);
      }
    } else if (node.getNodeType() == Node.TEXT_NODE) {
      noHidden(node.getNodeValue(), true);
    }
    NodeList children = node.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      liveMarkupFree(children.item(i));
    }
  }

  @Property(tries = 200)
  void htmlParsesWithTheNameAsTextAndNoLiveMarkup(@ForAll("names") String name) {
    String html =
        HtmlReport.builder()
            .title(name.isBlank() ? "t" + name : name)
            .paragraph(name)
            .table(name, List.of(name), List.of(List.of(name)))
            .code("code: " + name, name)
            .build()
            .toHtml();
    Document doc = Jsoup.parse(html);
    assertTrue(doc.select("script, iframe, object, embed, img, svg foreignObject").isEmpty());
    for (Element e : doc.getAllElements()) {
      e.attributes().forEach(a -> assertFalse(a.getKey().toLowerCase().startsWith("on")));
      e.attributes().forEach(a -> noHidden(a.getValue(), true));
      for (TextNode t : e.textNodes()) {
        noHidden(t.getWholeText(), true);
      }
    }
    // HTML shows whitespace runs as one space
    String expected = collapse(visible(name, true));
    assertEquals(expected, collapse(doc.selectFirst("p").wholeText()));
    assertEquals(expected, collapse(doc.selectFirst("td").wholeText()));
    assertEquals(expected, collapse(doc.selectFirst("th").wholeText()));
    assertEquals(expected, collapse(doc.selectFirst("pre").wholeText()));
  }

  private static String collapse(String s) {
    return s.replaceAll("[ \t\r\n]+", " ").strip();
  }

  private static String mermaidLabel(String name) {
    String v = visible(name, false).replaceAll("\\s+", " ").strip();
    return v.isEmpty() ? "-" : v;
  }

  @Property(tries = 300)
  void mermaidLexesAsMeantWithTheNameAsLabel(@ForAll("names") String name) {
    String label = Escape.mermaid(name);
    String source =
        "journey\n  title "
            + label
            + "\n  section "
            + label
            + "\n    "
            + label
            + ": 3: "
            + label
            + ", "
            + label
            + "\n";
    List<MermaidGrammar.Statement> statements = MermaidGrammar.parse(source);
    String expected = mermaidLabel(name);
    assertEquals(3, statements.size());
    assertEquals(expected, statements.get(0).text());
    assertEquals(expected, statements.get(1).text());
    assertEquals(expected, statements.get(2).text());
    assertEquals(List.of(expected, expected), statements.get(2).actors());
    for (char c : "<>&\"'`".toCharArray()) {
      assertEquals(-1, source.indexOf(c), "raw " + c + " in " + source);
    }
    noHidden(source, true);
  }

  @Property(tries = 100)
  void mermaidJourneyOfAMapWithHostileNames(@ForAll("names") String name) {
    JourneyMap sample = JourneyMapSamples.cableOutage();
    JourneyMap map = JourneyMap.builder().from(sample).name("Map " + name).build();
    List<MermaidGrammar.Statement> statements = MermaidGrammar.parse(MermaidJourney.of(map));
    assertEquals(mermaidLabel("Map " + name), statements.get(0).text());
    assertEquals(
        sample.steps().size(), statements.stream().filter(s -> s.kind().equals("task")).count());
  }

  @Property(tries = 300)
  void dotLexesAsMeantWithTheNameAsLabel(@ForAll("names") String name) {
    String dot =
        MarkovDot.of(
            name,
            List.of(name, name + "!", "(conversion)"),
            new double[][] {{0, 0.5, 0.5}, {0, 0, 1}, {0, 0, 1}},
            0);
    List<String> names = DotGrammar.names(dot);
    String expected = visible(name, false);
    List<String> states = List.of(expected, expected + "!", "(conversion)");
    assertEquals(states, names.subList(0, 3));
    assertEquals(6, names.size() - 3, "three edges, each from and to a declared state");
    assertTrue(states.containsAll(names.subList(3, names.size())));
    noHidden(dot, true);
  }

  @Property(tries = 200)
  void terminalLinesHaveNoHiddenCharacter(@ForAll("names") String name) {
    String line = Escape.line(name);
    noHidden(line, false);
    assertFalse(line.contains("\n") || line.contains("\r") || line.contains("\t"));
    assertEquals(visible(name, false), line);
  }
}
