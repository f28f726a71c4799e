package dev.cxkit.journey.funnel;

import dev.cxkit.journey.assembly.*;
import dev.cxkit.journey.attribution.*;
import dev.cxkit.journey.conformance.*;
import dev.cxkit.journey.events.*;
import dev.cxkit.journey.events.EventFilter;
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
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of this package as {@code {@snippet}} regions: compiled and run here, shown
 * in the javadoc of the classes named by each region.
 */
@SuppressWarnings("unused") // the examples name values they show, not values they use
class SnippetsTest extends dev.cxkit.journey.SnippetContext {

  @Test
  void checkpoint() throws Exception {
    // @start region="checkpoint"
    Checkpoint cart = new Checkpoint("cart", EventFilter.types(dict, "carts"));
    // @end
  }

  @Test
  void funnel() throws Exception {
    // @start region="funnel"
    Funnel f =
        Funnel.of(
                List.of(
                    new Checkpoint("click", EventFilter.types(dict, "clicks")),
                    new Checkpoint("cart", EventFilter.types(dict, "carts")),
                    new Checkpoint("order", EventFilter.types(dict, "orders"))),
                FunnelOrdering.LOOSE,
                Duration.ofDays(1))
            .withStepWindow(2, Duration.ofHours(1)) // the order within an hour of the cart
            .withExclusion(new FunnelExclusion("call", EventFilter.types(dict, "calls"), 1, 2));
    FunnelResult r = f.analyze(journeys);
    r.steps().get(2).conversionFromStart();
    r.steps().get(2).timeFromStart().median();
    // @end
  }
}
