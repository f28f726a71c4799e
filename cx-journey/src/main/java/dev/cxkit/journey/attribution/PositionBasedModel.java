package dev.cxkit.journey.attribution;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import dev.cxkit.journey.paths.PathTable;
import java.util.Arrays;
import java.util.Locale;

/** U-shaped credit: first, middle (shared), last. */
final class PositionBasedModel extends TouchWeightModel {
  private final double first;
  private final double middle;
  private final double last;

  PositionBasedModel(double first, double middle, double last) {
    checkArgument(first >= 0 && first <= 1, "first weight must be in [0, 1], was %s", first);
    checkArgument(middle >= 0 && middle <= 1, "middle weight must be in [0, 1], was %s", middle);
    checkArgument(last >= 0 && last <= 1, "last weight must be in [0, 1], was %s", last);
    checkArgument(
        Math.abs(first + middle + last - 1.0) < 1e-9,
        "position weights must sum to 1, was %s",
        first + middle + last);
    checkArgument(first + last > 0, "first + last weight must be > 0, was %s", first + last);
    this.first = first;
    this.middle = middle;
    this.last = last;
  }

  @Override
  void weights(PathTable table, int path, int len, double[] w) {
    if (len == 1) {
      w[0] = 1.0;
    } else if (len == 2) {
      w[0] = first / (first + last);
      w[1] = last / (first + last);
    } else {
      Arrays.fill(w, 1, len - 1, middle / (len - 2));
      w[0] = first;
      w[len - 1] = last;
    }
  }

  @Override
  String name() {
    return String.format(Locale.ROOT, "position-based(%.3f/%.3f/%.3f)", first, middle, last);
  }
}
