package dev.cxkit.metrics.kano;

import dev.cxkit.metrics.clv.*;
import dev.cxkit.metrics.drivers.*;
import dev.cxkit.metrics.experience.*;
import dev.cxkit.metrics.gaps.*;
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
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of this package as {@code {@snippet}} regions: compiled and run here, shown
 * in the javadoc of the classes named by each region.
 */
@SuppressWarnings("unused") // the examples name values they show, not values they use
class SnippetsTest {

  @Test
  void kanoAccumulator() throws Exception {
    // @start region="kanoAccumulator"
    KanoAccumulator acc = new KanoAccumulator(KanoEvaluationTable.berger1993());
    acc.add(KanoAnswer.LIKE, KanoAnswer.DISLIKE);
    KanoCounts counts = acc.snapshot(); // O = 1
    // @end
  }

  @Test
  void kanoCounts() throws Exception {
    // @start region="kanoCounts"
    KanoCounts c = KanoCounts.of(30, 25, 20, 25, 0, 0); // A, O, M, I, R, Q
    c.better(); // 0.55
    c.worse(); // -0.45
    c.fong().decided(); // false: |30 - 25| = 5 < 10.42
    // @end
  }

  @Test
  void kanoEvaluationTable() throws Exception {
    // @start region="kanoEvaluationTable"
    KanoEvaluationTable t = KanoEvaluationTable.berger1993();
    t.classify(KanoAnswer.LIKE, KanoAnswer.DISLIKE); // ONE_DIMENSIONAL
    KanoEvaluationTable custom =
        KanoEvaluationTable.of("QAAAO", "RIIIM", "RIIIM", "RIIIM", "RRRRQ");
    // @end
  }
}
