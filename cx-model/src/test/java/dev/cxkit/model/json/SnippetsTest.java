package dev.cxkit.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cxkit.model.*;
import dev.cxkit.model.blueprint.*;
import dev.cxkit.model.experience.*;
import dev.cxkit.model.interaction.*;
import dev.cxkit.model.journey.*;
import dev.cxkit.model.lifecycle.*;
import dev.cxkit.model.map.*;
import dev.cxkit.model.persona.*;
import dev.cxkit.model.samples.*;
import dev.cxkit.model.survey.*;
import dev.cxkit.model.testing.ModelExamples;
import dev.cxkit.model.touchpoint.*;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of this package as {@code {@snippet}} regions: compiled and run here, shown
 * in the javadoc of the classes named by each region.
 */
@SuppressWarnings("unused") // the examples name values they show, not values they use
class SnippetsTest {

  @Test
  void jsonLimits() throws Exception {
    // @start region="jsonLimits"
    CxJson small = CxJson.strict().withLimits(new JsonLimits(32, 10_000, 1_000_000));
    // @end
  }

  @Test
  void cxJsonException() throws Exception {
    String text =
        CxJson.strict()
            .toJson(ModelExamples.outageCall())
            .replace("\"valence\":-0.5", "\"valence\":3.0");
    // @start region="cxJsonException"
    try {
      CxJson.strict().fromJson(text, Interaction.class);
    } catch (CxJsonException e) {
      e.path(); // "$.emotion"
      e.rule(); // "valence must be a number in [-1, 1], was 3.0"
      // @end
      assertEquals("$.emotion", e.path());
      assertEquals("valence must be a number in [-1, 1], was 3.0", e.rule());
      return;
    }
    throw new AssertionError("a valence of 3.0 must be refused");
  }

  @Test
  void cxJson() throws Exception {
    Touchpoint touchpoint = ModelExamples.supportCall();
    // @start region="cxJson"
    CxJson json = CxJson.strict();
    String text = json.toJson(touchpoint);
    Touchpoint back = json.fromJson(text, Touchpoint.class); // equals touchpoint
    // @end
    assertEquals(touchpoint, back);
  }
}
