package dev.cxkit.model.internal;

import java.util.Collection;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The closest of a set of known names to a name that matched none of them: the one suggestion of
 * every "no such column / touchpoint / type / step" error ("did you mean 'checkout'?").
 *
 * <p>Not API: exported only to cxkit's own modules.
 */
public final class Names {
  private Names() {}

  /**
   * The known name closest to {@code name}: the same name ignoring case, else the one fewest edits
   * away (Levenshtein distance), when that is at most a third of the name's length (1 to 3 edits);
   * null when nothing is that close.
   */
  public static @Nullable String closest(String name, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = name.toLowerCase(Locale.ROOT);
    for (String n : known) {
      String candidate = n.toLowerCase(Locale.ROOT);
      int d = candidate.equals(lower) ? 0 : distance(lower, candidate);
      if (d < bestDistance) {
        bestDistance = d;
        best = n;
      }
    }
    return best != null && bestDistance <= Math.max(1, Math.min(3, name.length() / 3))
        ? best
        : null;
  }

  /** Levenshtein distance, bounded work: names longer than 64 characters are not compared. */
  static int distance(String a, String b) {
    if (a.length() > 64 || b.length() > 64) {
      return Integer.MAX_VALUE;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
