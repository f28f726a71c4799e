package dev.cxkit.journey.assembly;

import dev.cxkit.journey.attribution.*;
import dev.cxkit.journey.conformance.*;
import dev.cxkit.journey.events.*;
import dev.cxkit.journey.events.EventFilter;
import dev.cxkit.journey.funnel.*;
import dev.cxkit.journey.insight.*;
import dev.cxkit.journey.markov.*;
import dev.cxkit.journey.paths.*;
import dev.cxkit.journey.whatif.*;
import dev.cxkit.metrics.clv.*;
import dev.cxkit.metrics.drivers.*;
import dev.cxkit.metrics.experience.*;
import dev.cxkit.metrics.gaps.*;
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
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of this package as {@code {@snippet}} regions: compiled and run here, shown
 * in the javadoc of the classes named by each region.
 */
@SuppressWarnings("unused") // the examples name values they show, not values they use
class SnippetsTest extends dev.cxkit.journey.SnippetContext {

  @Test
  void crossChannelView() throws Exception {
    // @start region="crossChannelView"
    CrossChannelView view = new CrossChannelView();
    journeys.forEach(view);
    CrossChannelView.Summary s = view.summary();
    s.switchesPerJourney(); // mean channel switches
    // @end
  }

  @Test
  void distribution() throws Exception {
    // @start region="distribution"
    Distribution d = Distribution.of(new long[] {1, 2, 3, 4});
    d.median(); // 2.5
    d.p90(); // 3.7
    // @end
  }

  @Test
  void splitRules() throws Exception {
    // @start region="splitRules"
    SplitRules web =
        SplitRules.none()
            .withInactivityGap(Duration.ofMinutes(30))
            .withGoal(EventFilter.types(dict, "order"), true);
    // @end
  }
}
