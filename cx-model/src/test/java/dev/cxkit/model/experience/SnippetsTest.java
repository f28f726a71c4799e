package dev.cxkit.model.experience;

import dev.cxkit.model.*;
import dev.cxkit.model.blueprint.*;
import dev.cxkit.model.interaction.*;
import dev.cxkit.model.journey.*;
import dev.cxkit.model.json.*;
import dev.cxkit.model.lifecycle.*;
import dev.cxkit.model.map.*;
import dev.cxkit.model.persona.*;
import dev.cxkit.model.samples.*;
import dev.cxkit.model.survey.*;
import dev.cxkit.model.touchpoint.*;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of this package as {@code {@snippet}} regions: compiled and run here, shown
 * in the javadoc of the classes named by each region.
 */
@SuppressWarnings("unused") // the examples name values they show, not values they use
class SnippetsTest {

  @Test
  void emotion() throws Exception {
    // @start region="emotion"
    Emotion frustrated = Emotion.ofMapScore(-2); // valence -1.0, source MAP_MINUS2_TO_PLUS2 -2
    Emotion happy = Emotion.ofMermaidScore(5); // valence 1.0
    int mermaid = frustrated.toMermaidScore(); // 1
    // @end
  }

  @Test
  void momentOfTruth() throws Exception {
    // @start region="momentOfTruth"
    MomentOfTruth visit =
        MomentOfTruth.atTouchpoint(
            MomentOfTruthKind.SERVICE_ENCOUNTER,
            "technician-visit",
            "first time anyone fixes the outage",
            0.9);
    MomentOfTruth review =
        MomentOfTruth.atStep(
            MomentOfTruthKind.ULTIMATE,
            "post-review",
            "reviews drive the next buyer's zero moment",
            0.6);
    // @end
  }
}
