package dev.cxkit.journey.paths;

import dev.cxkit.journey.assembly.JourneyView;
import dev.cxkit.journey.internal.Growth;

/** A reused buffer holding the path of one journey under some {@link PathOptions}. */
final class PathBuffer {
  int[] ids = new int[64];
  int length;

  void fill(JourneyView j, PathOptions options) {
    ids = Growth.ensure(ids, j.length());
    int n = 0;
    boolean collapse = options.collapseRepeats();
    for (int i = 0; i < j.length(); i++) {
      int s = j.symbol(options.dimension(), i);
      if (!collapse || n == 0 || ids[n - 1] != s) {
        ids[n++] = s;
      }
    }
    length = n;
  }
}
