package dev.cxkit.journey.attribution;

import dev.cxkit.journey.paths.PathTable;

/**
 * Shared base of the models that give each touch of a converting path a weight (weights of a path
 * sum to 1); the path's conversions and value are shared in proportion.
 */
abstract class TouchWeightModel implements AttributionModel {

  /** Fills {@code w[0, len)} with the weights of the touches of {@code path}, summing to 1. */
  abstract void weights(PathTable table, int path, int len, double[] w);

  abstract String name();

  void check(PathTable table) {}

  @Override
  public final AttributionResult attribute(PathTable table) {
    check(table);
    int channels = table.channelCount();
    double[] conv = new double[channels];
    double[] convComp = new double[channels];
    double[] value = new double[channels];
    double[] valueComp = new double[channels];
    double[] w = new double[16];
    for (int p = 0; p < table.pathCount(); p++) {
      long c = table.conversions(p);
      if (c == 0) {
        continue;
      }
      int len = table.pathLength(p);
      if (w.length < len) {
        w = new double[Math.max(len, 2 * w.length)];
      }
      weights(table, p, len, w);
      double v = table.value(p);
      for (int i = 0; i < len; i++) {
        if (w[i] != 0) {
          int ch = table.touch(p, i);
          Credits.add(conv, convComp, ch, c * w[i]);
          Credits.add(value, valueComp, ch, v * w[i]);
        }
      }
    }
    double[] convCredits = Credits.finish(conv, convComp);
    double[] valueCredits = Credits.finish(value, valueComp);
    Credits.reconcile(convCredits, table.totalConversions());
    Credits.reconcile(valueCredits, table.totalValue());
    return new AttributionResult(
        name(), Credits.channels(table), convCredits, valueCredits, table.totalValue());
  }
}
