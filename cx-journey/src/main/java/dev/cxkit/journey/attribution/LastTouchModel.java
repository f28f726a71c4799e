package dev.cxkit.journey.attribution;

import dev.cxkit.journey.paths.PathTable;
import java.util.Arrays;

/** All credit to the last touch. */
final class LastTouchModel extends TouchWeightModel {
  @Override
  void weights(PathTable table, int path, int len, double[] w) {
    Arrays.fill(w, 0, len, 0.0);
    w[len - 1] = 1.0;
  }

  @Override
  String name() {
    return "last-touch";
  }
}
