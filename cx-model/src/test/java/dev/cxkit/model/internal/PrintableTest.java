package dev.cxkit.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The diagnostic sanitizer {@link Checks#printable(String)}. */
class PrintableTest {

  @Test
  void terminalControlsBecomeVisible() {
    String title = "north" + (char) 0x1B + "]0;pwned" + (char) 7;
    assertEquals("north[U+001B]]0;pwned[U+0007]", Checks.printable(title));
    assertEquals("a[U+000A]b[U+0009]c[U+000D]", Checks.printable("a\nb\tc\r"));
    assertEquals("[U+0000][U+007F][U+0085][U+009B]", Checks.printable("\0\u007f\u0085\u009b"));
  }

  @Test
  void bidiAndZeroWidthBecomeVisible() {
    assertEquals("admin[U+202E]txt.exe", Checks.printable("admin\u202etxt.exe"));
    assertEquals(
        "[U+200B][U+200C][U+200D][U+2060][U+FEFF][U+2066][U+2069][U+200E][U+061C]",
        Checks.printable("\u200b\u200c\u200d\u2060\ufeff\u2066\u2069\u200e\u061c"));
    assertEquals("[U+2028][U+2029]", Checks.printable("\u2028\u2029"));
    assertEquals("[U+D800]x", Checks.printable("\ud800x"));
    assertEquals("[U+FFFE][U+E0001]", Checks.printable("\ufffe" + Character.toString(0xE0001)));
  }

  @Test
  void ordinaryTextIsUnchanged() {
    String text = "Café – 東京 – القاهرة – \uD83D\uDE00 – 100 %";
    assertSame(text, Checks.printable(text));
  }

  @Property
  void outputHasNoHiddenCodePointAndKeepsVisibleText(@ForAll String s) {
    String p = Checks.printable(s);
    assertTrue(p.codePoints().noneMatch(Checks::isHidden), p);
    StringBuilder visible = new StringBuilder();
    s.codePoints().filter(c -> !Checks.isHidden(c)).forEach(visible::appendCodePoint);
    StringBuilder kept = new StringBuilder();
    p.replaceAll("\\[U\\+[0-9A-F]{4,6}\\]", "").codePoints().forEach(kept::appendCodePoint);
    if (!s.contains("[U+")) {
      assertEquals(visible.toString(), kept.toString());
    }
    assertFalse(Checks.isHidden('a'));
  }
}
