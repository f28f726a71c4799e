package dev.cxkit.metrics.gaps;

import dev.cxkit.metrics.clv.*;
import dev.cxkit.metrics.drivers.*;
import dev.cxkit.metrics.experience.*;
import dev.cxkit.metrics.kano.*;
import dev.cxkit.metrics.retention.*;
import dev.cxkit.metrics.sentiment.*;
import dev.cxkit.metrics.stats.*;
import dev.cxkit.metrics.survey.*;
import dev.cxkit.model.*;
import dev.cxkit.model.blueprint.*;
import dev.cxkit.model.experience.*;
import dev.cxkit.model.interaction.*;
import dev.cxkit.model.journey.*;
import dev.cxkit.model.json.*;
import dev.cxkit.model.lifecycle.*;
import dev.cxkit.model.map.*;
import dev.cxkit.model.persona.*;
import dev.cxkit.model.samples.*;
import dev.cxkit.model.survey.*;
import dev.cxkit.model.touchpoint.*;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of this package as {@code {@snippet}} regions: compiled and run here, shown
 * in the javadoc of the classes named by each region.
 */
@SuppressWarnings("unused") // the examples name values they show, not values they use
class SnippetsTest {

  @Test
  void cronbachAlpha() throws Exception {
    // @start region="cronbachAlpha"
    double alpha = CronbachAlpha.of(new double[][] {{4, 5, 4}, {3, 4, 3}, {5, 5, 5}, {2, 3, 2}});
    // 0.9796
    // @end
  }

  @Test
  void servqualItemMap() throws Exception {
    // @start region="servqualItemMap"
    ServqualItemMap rater = ServqualItemMap.rater22(); // the standard 22-item instrument
    ServqualItemMap mine =
        ServqualItemMap.of(Map.of("Speed", List.of(1, 2), "Care", List.of(3, 4)));
    // @end
  }
}
