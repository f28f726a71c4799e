package dev.cxkit.metrics.stats;

import dev.cxkit.metrics.clv.*;
import dev.cxkit.metrics.drivers.*;
import dev.cxkit.metrics.experience.*;
import dev.cxkit.metrics.gaps.*;
import dev.cxkit.metrics.kano.*;
import dev.cxkit.metrics.retention.*;
import dev.cxkit.metrics.sentiment.*;
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
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of this package as {@code {@snippet}} regions: compiled and run here, shown
 * in the javadoc of the classes named by each region.
 */
@SuppressWarnings("unused") // the examples name values they show, not values they use
class SnippetsTest {

  @Test
  void distributions() throws Exception {
    // @start region="distributions"
    Distributions.zCritical(0.95); // 1.959964
    Distributions.twoSidedNormalP(2.725); // 0.00643
    Distributions.tCritical(0.95, 9); // 2.262157
    // @end
  }

  @Test
  void interval() throws Exception {
    // @start region="interval"
    Interval ci = Interval.of(0.14086, 0.20809, 0.95, IntervalMethod.ADJUSTED_WALD);
    ci.contains(0.175); // true
    ci.width(); // 0.06723
    // @end
  }

  @Test
  void multipleComparisons() throws Exception {
    // @start region="multipleComparisons"
    double[] p = {0.01, 0.04, 0.03, 0.005};
    double[] holm = MultipleComparisons.holm(p); // {0.03, 0.06, 0.06, 0.02}
    double[] bh = MultipleComparisons.benjaminiHochberg(p); // {0.02, 0.04, 0.04, 0.02}
    // @end
  }
}
