package dev.cxkit.journey.attribution;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.journey.paths.PathTable;

/**
 * W-shaped (milestone) credit, after Marketo Measure (formerly Bizible): 30 % each to the first
 * touch, the milestone touch and the last touch, 10 % shared equally by the other touches; shares
 * of positions that fall on the same touch add up, and when a position is missing (no milestone on
 * the path) or no other touch is left, the weights are scaled to sum to 1.
 */
final class WShapedModel extends TouchWeightModel {
  static final double MILESTONE = 0.3;
  static final double REST = 0.1;

  private final String milestone;

  WShapedModel(String milestone) {
    checkNotNull(milestone, "milestone");
    checkArgument(!milestone.isBlank(), "milestone must not be blank, was '%s'", milestone);
    this.milestone = milestone.strip();
  }

  @Override
  void check(PathTable table) {
    checkArgument(
        table.channels().contains(milestone),
        "milestone must be one of the table's channels %s, was '%s'",
        table.channels(),
        milestone);
  }

  @Override
  void weights(PathTable table, int path, int len, double[] w) {
    int m = -1;
    for (int i = 0; i < len; i++) {
      if (milestone.equals(table.channel(table.touch(path, i)))) {
        m = i;
        break;
      }
    }
    int others = 0;
    for (int i = 0; i < len; i++) {
      w[i] = 0;
      if (i == 0) {
        w[i] += MILESTONE;
      }
      if (i == m) {
        w[i] += MILESTONE;
      }
      if (i == len - 1) {
        w[i] += MILESTONE;
      }
      if (w[i] == 0) {
        others++;
      }
    }
    double sum = 0;
    for (int i = 0; i < len; i++) {
      if (w[i] == 0) {
        w[i] = REST / others;
      }
      sum += w[i];
    }
    for (int i = 0; i < len; i++) {
      w[i] /= sum;
    }
  }

  @Override
  String name() {
    return "w-shaped(milestone=" + milestone + ")";
  }
}
