package dev.cxkit.journey.paths;

import dev.cxkit.journey.assembly.*;
import dev.cxkit.journey.attribution.*;
import dev.cxkit.journey.conformance.*;
import dev.cxkit.journey.events.*;
import dev.cxkit.journey.events.Dimension;
import dev.cxkit.journey.funnel.*;
import dev.cxkit.journey.insight.*;
import dev.cxkit.journey.markov.*;
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
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of this package as {@code {@snippet}} regions: compiled and run here, shown
 * in the javadoc of the classes named by each region.
 */
@SuppressWarnings("unused") // the examples name values they show, not values they use
class SnippetsTest extends dev.cxkit.journey.SnippetContext {

  @Test
  void flows() throws Exception {
    // @start region="flows"
    Flows f = Flows.of(journeys, PathOptions.of(Dimension.STAGE).collapsingRepeats(), 5);
    f.links(); // [FlowLink[step=0, from=awareness, to=consideration, journeys=812], ...]
    f.entries(); // [FlowNode[name=awareness, journeys=990], ...]
    // @end
  }

  @Test
  void pathTree() throws Exception {
    // @start region="pathTree"
    // what follows "home", up to 3 steps; branches of fewer than 2 journeys fold into (other)
    PathQuery q = PathQuery.from(PathOptions.of(Dimension.TOUCHPOINT), "home").withDepth(3);
    PathTree t = PathTree.of(journeys, q.foldingBelow(2));
    t.root(); // PathNode[name=home, journeys=4, ..., children=[cart (2), (other) (2)]]
    t.nodes().get(1).steps(); // [home, cart]
    PathTree.of(journeys, PathQuery.between(q.options(), "home", "order")); // home > ... > order
    PathTree.of(journeys, PathQuery.to(q.options(), "order")); // order < cart < home, ...
    // @end
  }

  @Test
  void pathOptions() throws Exception {
    // @start region="pathOptions"
    PathOptions channels = PathOptions.of(Dimension.CHANNEL).collapsingRepeats();
    // web, web, email, web  ->  web > email > web
    // @end
  }

  @Test
  void pathTable() throws Exception {
    // @start region="pathTable"
    PathTable table =
        PathTable.builder()
            .add(List.of("search", "email", "search"), 3, 120.0, 7) // 3 converted, 7 did not
            .add(List.of("display"), 0, 0.0, 12)
            .build();
    AttributionResult r = AttributionModel.linear().attribute(table);
    PathVariants.of(table).top(1); // search > email > search: 10 journeys
    // @end
  }
}
