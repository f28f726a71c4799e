package dev.cxkit.journey.attribution;

import dev.cxkit.journey.paths.PathTable;
import java.util.Arrays;

/**
 * Zhao et al. (2018) simplified Shapley value: each converting path split equally over its distinct
 * channels (the first touch of each distinct channel carries its share).
 */
final class ShapleySimplifiedModel extends TouchWeightModel {
  @Override
  void weights(PathTable table, int path, int len, double[] w) {
    Arrays.fill(w, 0, len, 0.0);
    int distinct = 0;
    for (int i = 0; i < len; i++) {
      int ch = table.touch(path, i);
      boolean seen = false;
      for (int j = 0; j < i; j++) {
        if (table.touch(path, j) == ch) {
          seen = true;
          break;
        }
      }
      if (!seen) {
        w[i] = 1.0;
        distinct++;
      }
    }
    for (int i = 0; i < len; i++) {
      w[i] /= distinct;
    }
  }

  @Override
  String name() {
    return "shapley-simplified";
  }
}
