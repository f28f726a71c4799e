package dev.cxkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cxkit.render.testing.Pictures;
import dev.cxkit.render.testing.RenderFixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Properties every picture must have ({@link Pictures#assertWellFormed}: valid XML with a title,
 * finite numbers in ASCII digits, no scripts or links out) and determinism.
 */
class AllPicturesTest {
  @Test
  void everyPictureIsWellFormed() {
    for (Map.Entry<String, String> e : RenderFixtures.all().entrySet()) {
      Pictures.assertWellFormed(e.getKey(), e.getValue());
    }
  }

  @Test
  void samePictureSameBytes() {
    Map<String, String> first = RenderFixtures.renderAll();
    Map<String, String> second = RenderFixtures.renderAll();
    assertEquals(first, second);
  }
}
