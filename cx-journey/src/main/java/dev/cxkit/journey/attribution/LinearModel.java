package dev.cxkit.journey.attribution;

import dev.cxkit.journey.paths.PathTable;
import java.util.Arrays;

/** Equal credit per touch; repeated touches count. */
final class LinearModel extends TouchWeightModel {
  @Override
  void weights(PathTable table, int path, int len, double[] w) {
    Arrays.fill(w, 0, len, 1.0 / len);
  }

  @Override
  String name() {
    return "linear";
  }
}
