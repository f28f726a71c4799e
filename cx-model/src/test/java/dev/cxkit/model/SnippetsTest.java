package dev.cxkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cxkit.model.journey.Journey;
import dev.cxkit.model.testing.ModelExamples;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of this package as {@code {@snippet}} regions: compiled, run and checked
 * here, shown in the javadoc of the classes named by each region.
 */
class SnippetsTest {

  @Test
  void cxDocument() {
    Journey journey = ModelExamples.outageJourney();
    // @start region="cxDocument"
    int version = journey.schemaVersion(); // 1
    // @end
    assertEquals(1, version);
  }
}
