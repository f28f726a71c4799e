package dev.cxkit.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of each format's rule in {@link Escape}. */
class EscapeTest {
  @Test
  void csvGuardsFormulasButKeepsNumbers() {
    assertEquals("'=1+1", Escape.csvCell("=1+1"));
    assertEquals("'+cmd", Escape.csvCell("+cmd"));
    assertEquals("'-2+3", Escape.csvCell("-2+3"));
    assertEquals("'@SUM(A1)", Escape.csvCell("@SUM(A1)"));
    assertEquals("'\tx", Escape.csvCell("\tx"));
    assertEquals("\"'\rx\"", Escape.csvCell("\rx"));
    assertEquals("-1.5", Escape.csvCell("-1.5"));
    assertEquals("+2e-3", Escape.csvCell("+2e-3"));
    assertEquals("-0.25", Escape.csvCell("-0.25"));
    assertEquals("'-", Escape.csvCell("-"));
    assertEquals("'-1.5.2", Escape.csvCell("-1.5.2"));
  }

  @Test
  void csvQuotesLoneLineBreaksAndMakesControlsVisible() {
    assertEquals("\"a\rb\"", Escape.csvCell("a\rb"));
    assertEquals("\"a\nb\"", Escape.csvCell("a\nb"));
    assertEquals("\"say \"\"hi\"\"\"", Escape.csvCell("say \"hi\""));
    assertEquals("\" padded \"", Escape.csvCell(" padded "));
    assertEquals("a[U+001B]]0;x[U+0007]", Escape.csvCell("a\u001b]0;x\u0007"));
    assertEquals("[U+202E]cod.exe", Escape.csvCell("\u202ecod.exe"));
    assertEquals("a,\"b,c\"\r\n", Escape.csvRecord(List.of("a", "b,c")));
  }

  @Test
  void jsonEscapesForHtmlEmbedding() {
    assertEquals("\"\\u003c/script\\u003e\"", Escape.jsonString("</script>"));
    assertEquals("\"\\u2028\\u2029\"", Escape.jsonString("\u2028\u2029"));
    assertEquals("\"\\u202e\\u200b\\u001b\\u0085\"", Escape.jsonString("\u202e\u200b\u001b\u0085"));
    assertEquals("\"a\\\"b\\\\c\\n\\t\"", Escape.jsonString("a\"b\\c\n\t"));
    assertEquals("\"\\udb40\\udc01\"", Escape.jsonString(Character.toString(0xE0001)));
    assertEquals("\"[U+D800]\"", Escape.jsonString("\ud800"));
    assertEquals("\"Café 東京 \ud83d\ude00\"", Escape.jsonString("Café 東京 \ud83d\ude00"));
  }

  @Test
  void jsonNumbersAreFiniteAndIntegersHaveNoFraction() {
    assertEquals("42", Escape.jsonNumber(42.0));
    assertEquals("-3", Escape.jsonNumber(-3.0));
    assertEquals("0.175", Escape.jsonNumber(0.175));
    assertEquals("1.0E300", Escape.jsonNumber(1e300));
    assertThrows(IllegalArgumentException.class, () -> Escape.jsonNumber(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Escape.jsonNumber(Double.POSITIVE_INFINITY));
  }

  @Test
  void markupEscapesAndMakesHiddenCharactersVisible() {
    assertEquals("&lt;b&gt; &amp; &quot;q&quot; &#39;", Escape.markup("<b> & \"q\" '"));
    assertEquals("a\nb\tc", Escape.markup("a\nb\tc"));
    assertEquals("[U+0000][U+202E][U+FFFE]", Escape.markup("\0\u202e\ufffe"));
  }

  @Test
  void mermaidUsesEntityCodesForSyntaxAndMarkup() {
    assertEquals(
        "#60;script#62;alert(1)#60;/script#62;", Escape.mermaid("<script>alert(1)</script>"));
    assertEquals("Pay#58; card#59; #35;1 #37;#37;", Escape.mermaid("Pay: card; #1 %%"));
    assertEquals("Ann#44; Bob", Escape.mermaid("Ann, Bob"));
    assertEquals("#106;ourney review", Escape.mermaid("journey review"));
    assertEquals("#83;ection 2", Escape.mermaid("Section 2"));
    assertEquals("a b", Escape.mermaid(" a\r\n\tb "));
    assertEquals("-", Escape.mermaid(" \n"));
    assertEquals("x[U+202E]y", Escape.mermaid("x\u202ey"));
  }

  @Test
  void dotQuotesBackslashesAndQuotes() {
    assertEquals("\"say \\\"hi\\\" \\\\N\"", Escape.dotId("say \"hi\" \\N"));
    assertEquals("\"a b [U+001B]\"", Escape.dotId("a\nb \u001b"));
  }

  @Test
  void terminalLinesAreOneLine() {
    assertEquals("a b [U+001B][c", Escape.line("a\nb \u001b[c"));
  }
}
