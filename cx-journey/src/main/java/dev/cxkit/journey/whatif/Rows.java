package dev.cxkit.journey.whatif;

import java.util.Locale;

/** Row helpers for {@link Change}. */
final class Rows {
  private Rows() {}

  static void fraction(String change, String step, String field, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "step '%s': %s.%s must be in [0, 1], was %s",
              step,
              change,
              field,
              value));
    }
  }

  static int find(int[] targets, int t) {
    for (int k = 0; k < targets.length; k++) {
      if (targets[k] == t) {
        return k;
      }
    }
    return -1;
  }

  /** The chain with row {@code s} replaced; the row is checked with the change named. */
  static AbsorbingChain withRow(
      AbsorbingChain chain, int s, int[] targets, double[] row, String change) {
    double sum = 0;
    for (int k = 0; k < row.length; k++) {
      if (!(row[k] >= 0 && row[k] <= 1 + AbsorbingChain.ROW_TOLERANCE)) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "step '%s': change '%s' makes the transition to '%s' %s; rule: probabilities must"
                    + " be in [0, 1]",
                chain.names.get(s),
                change,
                chain.targetName(targets[k]),
                row[k]));
      }
      sum += row[k];
    }
    if (Math.abs(sum - 1) > AbsorbingChain.ROW_TOLERANCE) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "step '%s': change '%s' makes the row sum %.12f; rule: each row must sum to 1",
              chain.names.get(s),
              change,
              sum));
    }
    int[][] ts = AbsorbingChain.copyRows(chain.targets);
    double[][] ps = AbsorbingChain.copyRows(chain.probs);
    ts[s] = targets;
    ps[s] = row;
    return new AbsorbingChain(chain.names, chain.index, ts, ps);
  }
}
