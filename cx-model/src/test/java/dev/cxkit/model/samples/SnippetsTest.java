package dev.cxkit.model.samples;

import dev.cxkit.model.*;
import dev.cxkit.model.blueprint.*;
import dev.cxkit.model.experience.*;
import dev.cxkit.model.interaction.*;
import dev.cxkit.model.journey.*;
import dev.cxkit.model.json.*;
import dev.cxkit.model.lifecycle.*;
import dev.cxkit.model.map.*;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.persona.*;
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
  void journeyMapSamples() throws Exception {
    // @start region="journeyMapSamples"
    JourneyMap now = JourneyMapSamples.cableOutage();
    JourneyMap next = JourneyMapSamples.cableOutageFuture();
    System.out.println(MapDiff.between(now, next));
    // @end
  }
}
