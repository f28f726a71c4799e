package dev.cxkit.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.render.testing.Svgs;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SvgWriterTest {
  @Test
  void escapesMarkupInTextAndAttributes() {
    SvgWriter w = SvgWriter.document(100, 50, "<script>alert(1)</script>", "a & b");
    w.element("text", "<script>x</script>", "data-x", "\"><script>");
    String svg = w.finish();
    assertTrue(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertEquals(0, Svgs.count(svg, "//s:script"));
    assertEquals(
        "\"><script>", Svgs.nodes(Svgs.parse(svg), "//s:text/@data-x").item(0).getNodeValue());
  }

  @Test
  void replacesCharactersXmlCannotHold() {
    assertEquals("a[U+0000]b[U+D800]c", SvgWriter.escape("a\u0000b\uD800c"));
    assertEquals("\uD83D\uDE00", SvgWriter.escape("\uD83D\uDE00"));
  }

  @Property(tries = 300)
  void anyTextMakesValidSvg(@ForAll String text) {
    SvgWriter w = SvgWriter.document(10, 10, text, text);
    w.element("text", text, "data-t", text);
    Svgs.parse(w.finish());
  }

  @Test
  void numbersUseAsciiDigitsInAnyLocale() {
    Locale old = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      assertEquals("1.5", Fmt.num(1.5));
      assertEquals("12.3%", Fmt.pct(0.123));
      assertEquals("12,345", Fmt.count(12345));
      assertEquals("-0.25", Fmt.num(-0.25));
      assertEquals("0", Fmt.num(-0.0001));
    } finally {
      Locale.setDefault(old);
    }
  }

  @Test
  void misuseIsReported() {
    SvgWriter w = SvgWriter.document(10, 10, "t", "d");
    assertThrows(IllegalArgumentException.class, () -> w.empty("rect", "x"));
    assertThrows(IllegalArgumentException.class, () -> Fmt.num(Double.NaN));
  }
}
