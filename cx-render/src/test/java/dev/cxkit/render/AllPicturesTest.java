package dev.cxkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.render.testing.RenderFixtures;
import dev.cxkit.render.testing.Svgs;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Properties every picture must have: valid XML, deterministic, finite numbers, a title. */
class AllPicturesTest {
  @Test
  void everyPictureParsesAsSvgWithATitle() {
    for (Map.Entry<String, String> e : RenderFixtures.all().entrySet()) {
      Document d = Svgs.parse(e.getValue());
      assertEquals(
          1, Svgs.nodes(d, "/s:svg/s:title").getLength(), e.getKey() + " must have one title");
      assertFalse(Svgs.nodes(d, "/s:svg/s:title").item(0).getTextContent().isBlank(), e.getKey());
    }
  }

  @Test
  void samePictureSameBytes() {
    Map<String, String> first = RenderFixtures.renderAll();
    Map<String, String> second = RenderFixtures.renderAll();
    assertEquals(first, second);
  }

  @Test
  void noNonFiniteNumbersOrLocaleDigitsLeak() {
    for (Map.Entry<String, String> e : RenderFixtures.all().entrySet()) {
      String svg = e.getValue();
      assertFalse(svg.contains("NaN"), e.getKey() + " contains NaN");
      assertFalse(svg.contains("Infinity"), e.getKey() + " contains Infinity");
      assertTrue(
          svg.codePoints().noneMatch(c -> c >= 0x0660 && c <= 0x0669),
          e.getKey() + " contains Arabic-Indic digits");
    }
  }

  @Test
  void noScriptsAnywhere() {
    for (Map.Entry<String, String> e : RenderFixtures.all().entrySet()) {
      assertEquals(0, Svgs.count(e.getValue(), "//s:script"), e.getKey());
      assertFalse(e.getValue().contains("<script"), e.getKey());
      assertFalse(e.getValue().contains("href=\"http"), e.getKey() + " must not link out");
    }
  }
}
