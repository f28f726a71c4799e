package dev.cxkit.metrics.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ImportancePerformanceAnalysisTest {

  private static final List<String> NAMES = List.of("a", "b", "c", "d");
  private static final double[] IMP = {4.5, 4.0, 2.0, 1.5};
  private static final double[] PERF = {2.0, 4.5, 2.5, 4.0};

  @Test
  void meanCrosshairByHand() {
    // Means: importance 3.0, performance 3.25.
    // a (4.5, 2.0): concentrate here, distance hypot(1.5, -1.25) = 1.952562
    IpaResult r = ImportancePerformanceAnalysis.defaults().ofSummaries(NAMES, IMP, PERF);
    assertEquals(3.0, r.centreImportance(), 1e-12);
    assertEquals(3.25, r.centrePerformance(), 1e-12);
    assertEquals(IpaRegion.CONCENTRATE_HERE, r.point("a").region());
    assertEquals(Math.hypot(1.5, 1.25), r.point("a").distance(), 1e-12);
    assertEquals(IpaRegion.KEEP_UP_THE_GOOD_WORK, r.point("b").region());
    assertEquals(IpaRegion.LOW_PRIORITY, r.point("c").region());
    assertEquals(IpaRegion.POSSIBLE_OVERKILL, r.point("d").region());
    assertFalse(r.point("a").regionStability().isPresent());
    assertEquals(1, r.inRegion(IpaRegion.CONCENTRATE_HERE).size());
  }

  @Test
  void otherCrosshairs() {
    // Median importance (2.0 + 4.0)/2 = 3.0, median performance (2.5 + 4.0)/2 = 3.25.
    IpaResult median =
        ImportancePerformanceAnalysis.defaults()
            .withCrosshair(Crosshair.median())
            .ofSummaries(NAMES, IMP, PERF);
    assertEquals(3.25, median.centrePerformance(), 1e-12);
    IpaResult mid =
        ImportancePerformanceAnalysis.defaults()
            .withCrosshair(Crosshair.scaleMidpoint(3, 3))
            .ofSummaries(NAMES, IMP, PERF);
    assertEquals(IpaRegion.LOW_PRIORITY, mid.point("c").region());
    IpaResult custom =
        ImportancePerformanceAnalysis.defaults()
            .withCrosshair(Crosshair.custom(1.0, 1.0))
            .ofSummaries(NAMES, IMP, PERF);
    assertEquals(4, custom.inRegion(IpaRegion.KEEP_UP_THE_GOOD_WORK).size());
    IpaResult diagonal =
        ImportancePerformanceAnalysis.defaults()
            .withCrosshair(Crosshair.diagonal())
            .ofSummaries(NAMES, IMP, PERF);
    // a: 4.5 > 2.0 above the iso-priority line, signed distance (4.5 - 2.0)/sqrt(2)
    assertEquals(IpaRegion.ABOVE_DIAGONAL, diagonal.point("a").region());
    assertEquals(2.5 / Math.sqrt(2), diagonal.point("a").distance(), 1e-12);
    assertEquals(IpaRegion.ON_OR_BELOW_DIAGONAL, diagonal.point("b").region());
  }

  @Test
  void statedImportanceWithBootstrapStability() {
    Random rnd = new Random(4);
    int n = 300;
    double[][] imp = new double[2][n];
    double[][] perf = new double[2][n];
    for (int i = 0; i < n; i++) {
      imp[0][i] = 5 + rnd.nextGaussian() * 0.5;
      imp[1][i] = 2 + rnd.nextGaussian() * 0.5;
      perf[0][i] = 2 + rnd.nextGaussian() * 0.5;
      perf[1][i] = 5 + rnd.nextGaussian() * 0.5;
    }
    ImportancePerformanceAnalysis a =
        ImportancePerformanceAnalysis.defaults().withBootstrap(200, 5);
    IpaResult r = a.stated(List.of("x", "y"), imp, perf);
    assertEquals(a.stated(List.of("x", "y"), imp, perf), r);
    IpaPoint x = r.point("x");
    assertEquals(IpaRegion.CONCENTRATE_HERE, x.region());
    assertEquals(1.0, x.regionStability().getAsDouble(), 1e-12);
    assertTrue(x.importanceInterval().orElseThrow().contains(x.importance()));
    assertTrue(x.performanceInterval().orElseThrow().contains(x.performance()));
    assertEquals(200, r.replicates());
    assertEquals(IpaResult.ImportanceSource.STATED, r.importanceSource());
  }

  @Test
  void derivedImportanceIsTheShapleyShare() {
    Random rnd = new Random(12);
    double[][] x = KeyDriverAnalysisTest.correlatedDrivers(rnd, 3, 200, 0.4);
    double[] y = KeyDriverAnalysisTest.outcome(rnd, x, 1.0);
    List<String> names = List.of("p", "q", "r");
    IpaResult r =
        ImportancePerformanceAnalysis.defaults().withBootstrap(50, 3).derived(names, x, y);
    KeyDriverResult k = KeyDriverAnalysis.defaults().withBootstrap(0, 1).analyze(names, x, y);
    for (String name : names) {
      assertEquals(k.driver(name).shapleyShare(), r.point(name).importance(), 1e-12);
      double stability = r.point(name).regionStability().getAsDouble();
      assertTrue(stability >= 0 && stability <= 1);
    }
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ImportancePerformanceAnalysis.defaults()
                .withCrosshair(Crosshair.diagonal())
                .derived(names, x, y));
  }

  @Test
  void rejectsBadInput() {
    ImportancePerformanceAnalysis a = ImportancePerformanceAnalysis.defaults();
    assertThrows(
        IllegalArgumentException.class,
        () -> a.ofSummaries(List.of("a"), new double[] {Double.NaN}, new double[] {1}));
    assertThrows(
        IllegalArgumentException.class,
        () -> a.ofSummaries(List.of("a", "a"), new double[] {1, 2}, new double[] {1, 2}));
    assertThrows(
        IllegalArgumentException.class,
        () -> a.stated(List.of("a"), new double[][] {{1, 2, 3}}, new double[][] {{1, 2}}));
  }
}
