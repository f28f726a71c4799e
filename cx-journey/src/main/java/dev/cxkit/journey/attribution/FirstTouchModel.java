package dev.cxkit.journey.attribution;

import dev.cxkit.journey.paths.PathTable;
import java.util.Arrays;

/** All credit to the first touch. */
final class FirstTouchModel extends TouchWeightModel {
  @Override
  void weights(PathTable table, int path, int len, double[] w) {
    Arrays.fill(w, 0, len, 0.0);
    w[0] = 1.0;
  }

  @Override
  String name() {
    return "first-touch";
  }
}
