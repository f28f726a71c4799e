package dev.cxkit.render.internal;

import dev.cxkit.journey.assembly.*;
import dev.cxkit.journey.attribution.*;
import dev.cxkit.journey.conformance.*;
import dev.cxkit.journey.events.*;
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
import dev.cxkit.render.*;
import dev.cxkit.render.chart.*;
import dev.cxkit.render.map.*;
import dev.cxkit.render.text.*;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of this package as {@code {@snippet}} regions: compiled and run here, shown
 * in the javadoc of the classes named by each region.
 */
@SuppressWarnings("unused") // the examples name values they show, not values they use
class SnippetsTest {

  @Test
  void frame() throws Exception {
    // @start region="frame"
    SvgWriter w = Frame.open(640, 400, "Funnel", "1,000 journeys");
    // @end
  }

  @Test
  void linearScale() throws Exception {
    // @start region="linearScale"
    LinearScale y = LinearScale.nice(0, 87, 300, 20); // domain 0..100, 300px at bottom to 20px
    double py = y.map(50); // 160
    // @end
  }

  @Test
  void svgWriter() throws Exception {
    // @start region="svgWriter"
    SvgWriter w = SvgWriter.document(400, 300, "Funnel", "Conversion by step");
    w.empty("rect", "x", 0, "y", 0, "width", 10, "height", 10, "fill", "#0072B2");
    String svg = w.finish();
    // @end
  }
}
