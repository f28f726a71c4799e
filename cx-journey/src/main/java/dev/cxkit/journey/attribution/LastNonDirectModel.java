package dev.cxkit.journey.attribution;

import dev.cxkit.journey.paths.PathTable;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/** All credit to the last touch not in the direct set (the last touch when all are direct). */
final class LastNonDirectModel extends TouchWeightModel {
  private final Set<String> direct;

  LastNonDirectModel(Set<String> direct) {
    this.direct = Set.copyOf(direct);
  }

  @Override
  void weights(PathTable table, int path, int len, double[] w) {
    Arrays.fill(w, 0, len, 0.0);
    int chosen = len - 1;
    for (int i = len - 1; i >= 0; i--) {
      if (!direct.contains(table.channel(table.touch(path, i)))) {
        chosen = i;
        break;
      }
    }
    w[chosen] = 1.0;
  }

  @Override
  String name() {
    return "last-non-direct(direct=" + new TreeSet<>(direct) + ")";
  }
}
