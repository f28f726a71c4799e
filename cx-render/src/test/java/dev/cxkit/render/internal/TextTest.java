package dev.cxkit.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TextTest {
  @Test
  void wrapsOnWordsAndMarksTruncation() {
    Text.Wrapped w = Text.wrap("Customer calls the support line again", 12, 2);
    assertEquals(2, w.lines().size());
    assertTrue(w.truncated());
    assertTrue(w.lines().get(1).endsWith("\u2026"));
    Text.Wrapped fits = Text.wrap("Short name", 12, 2);
    assertFalse(fits.truncated());
    assertEquals("Short name", fits.lines().get(0));
  }

  @Test
  void breaksWordsLongerThanALine() {
    Text.Wrapped w = Text.wrap("Supercalifragilistic", 8, 3);
    assertEquals("Supercal", w.lines().get(0));
  }

  @Property(tries = 300)
  void linesNeverExceedTheLimits(
      @ForAll String s,
      @ForAll @IntRange(min = 1, max = 40) int chars,
      @ForAll @IntRange(min = 1, max = 5) int lines) {
    Text.Wrapped w = Text.wrap(s, chars, lines);
    assertTrue(w.lines().size() <= lines);
    for (String l : w.lines()) {
      assertTrue(l.codePointCount(0, l.length()) <= chars, l);
    }
  }

  @Test
  void truncateAddsEllipsis() {
    assertEquals("abc\u2026", Text.truncate("abcdefgh", 4));
    assertEquals("abc", Text.truncate("abc", 4));
  }
}
