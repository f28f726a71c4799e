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
  /** Names longer than this are not compared (bounded work per suggestion). */
  private static final int MAX_COMPARED = 64;

  /** The shortest name that is read as an abbreviation of a longer one. */
  static final int MIN_PREFIX = 3;

  private Names() {}

  /**
   * The known name closest to {@code name}, null when nothing is close:
   *
   * <ol>
   *   <li>the same name ignoring case;
   *   <li>else a name that {@code name} abbreviates (a prefix of at least {@value #MIN_PREFIX}
   *       characters; of several, the shortest);
   *   <li>else the one fewest edits away by optimal string alignment (insertions, deletions,
   *       substitutions and transpositions of adjacent characters each count one: Damerau 1964, "A
   *       technique for computer detection and correction of spelling errors", who found these four
   *       to cover over 80 % of misspellings), when that is at most a third of the name's length (1
   *       to 3 edits) and fewer than the longer name's length (a suggestion never replaces every
   *       character).
   * </ol>
   *
   * Of equally close names the one whose length is nearest wins, then the earlier one.
   */
  public static @Nullable String closest(String name, Collection<String> known) {
    String best = null;
    int bestScore = Integer.MAX_VALUE;
    int bestExtra = Integer.MAX_VALUE;
    String lower = name.toLowerCase(Locale.ROOT);
    int limit = Math.max(1, Math.min(3, name.length() / 3));
    for (String n : known) {
      String candidate = n.toLowerCase(Locale.ROOT);
      int score;
      if (candidate.equals(lower)) {
        score = 0;
      } else {
        int d = distance(lower, candidate);
        // twice the edits, so that an abbreviation (1) ranks between the same name and one edit
        score =
            d <= limit && d < Math.max(lower.length(), candidate.length())
                ? 2 * d
                : Integer.MAX_VALUE;
        if (lower.length() >= MIN_PREFIX && candidate.startsWith(lower)) {
          score = 1;
        }
      }
      int extra = Math.abs(candidate.length() - lower.length());
      if (score < bestScore
          || (score == bestScore && score != Integer.MAX_VALUE && extra < bestExtra)) {
        bestScore = score;
        bestExtra = extra;
        best = n;
      }
    }
    return bestScore == Integer.MAX_VALUE ? null : best;
  }

  /**
   * The first suggestion for any of {@code names} (in their order), for a field known by several
   * names; null when none has one.
   */
  public static @Nullable String closestToAny(Collection<String> names, Collection<String> known) {
    for (String n : names) {
      String c = closest(n, known);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  /**
   * Optimal string alignment distance (restricted Damerau-Levenshtein: no substring is edited
   * twice), bounded work: names longer than 64 characters are not compared ({@link
   * Integer#MAX_VALUE}).
   */
  static int distance(String a, String b) {
    if (a.length() > MAX_COMPARED || b.length() > MAX_COMPARED) {
      return Integer.MAX_VALUE;
    }
    int[] before = new int[b.length() + 1];
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      char ai = a.charAt(i - 1);
      for (int j = 1; j <= b.length(); j++) {
        char bj = b.charAt(j - 1);
        int cost = ai == bj ? 0 : 1;
        int d = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && ai == b.charAt(j - 2) && a.charAt(i - 2) == bj) {
          d = Math.min(d, before[j - 2] + 1);
        }
        cur[j] = d;
      }
      int[] t = before;
      before = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
