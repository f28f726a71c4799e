package dev.cxkit.journey.insight;

import dev.cxkit.journey.assembly.Journeys;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The second pass: for every candidate and journey at most one trial at the candidate's landmark
 * (the first arrival at the landmark state, before conversion and before any exposure to the
 * candidate). A touchpoint candidate is <em>exposed</em> when it occurs during that stay (before
 * the next event of another step, and before conversion); a journey that ends there counts as not
 * exposed. A step candidate is exposed when the stay ends by entering it; a journey whose stay ends
 * without entering another step and without converting is not at risk (it did not move on). Each
 * trial is tabulated in its stratum (touches so far at the landmark, segment) as exposed or not,
 * converted or not.
 */
final class LandmarkTrials {
  static final int NOT_AT_RISK = -1;

  final int[] candidates; // items
  final int[] landmarks; // states
  final long[][] tables; // [candidate][stratum * 4 + {n1, a1, n0, a0}]
  final int @Nullable [][] codes; // [candidate][journey]
  final int strata;

  LandmarkTrials(Evidence ev, int[] candidates, int[] landmarks, boolean keepCodes) {
    this.candidates = candidates;
    this.landmarks = landmarks;
    this.strata = ev.strata();
    int nc = candidates.length;
    Journeys js = ev.js;
    int nj = js.count();
    tables = new long[nc][strata * 4];
    codes = keepCodes ? new int[nc][nj] : null;
    int states = ev.steps + 1;
    int[] firstArrival = new int[states];
    int[] exitOfFirst = new int[states];
    int[] stampState = new int[states];
    int[] firstOcc = new int[ev.items];
    int[] stampItem = new int[ev.items];
    Arrays.fill(stampState, -1);
    Arrays.fill(stampItem, -1);
    int never = Integer.MAX_VALUE;
    for (int j = 0; j < nj; j++) {
      int from = js.start(j);
      int n = js.length(j);
      int lim = ev.limit(j);
      boolean conv = js.converted(j);
      // start state: arrival before event 0
      stampState[ev.start] = j;
      firstArrival[ev.start] = -1;
      exitOfFirst[ev.start] = never;
      int state = ev.start;
      int sojourn = -1;
      int end = Math.min(n, lim + 1);
      for (int i = 0; i < end; i++) {
        int e = from + i;
        int sym = ev.symbol(e);
        int it = sym >= 0 ? sym : ev.steps + js.touchpoint(e);
        if (sym >= 0 && sym != state) {
          if (firstArrival[state] == sojourn && stampState[state] == j) {
            exitOfFirst[state] = Math.min(exitOfFirst[state], i);
          }
          state = sym;
          sojourn = i;
          if (stampState[state] != j && i < lim) {
            stampState[state] = j;
            firstArrival[state] = i;
            exitOfFirst[state] = never;
          }
        }
        if (i < lim && stampItem[it] != j) {
          stampItem[it] = j;
          firstOcc[it] = i;
        }
      }
      for (int c = 0; c < nc; c++) {
        int code =
            trial(
                ev,
                j,
                candidates[c],
                landmarks[c],
                conv,
                lim,
                firstArrival,
                exitOfFirst,
                stampState,
                firstOcc,
                stampItem,
                never);
        if (codes != null) {
          codes[c][j] = code;
        }
        if (code >= 0) {
          int stratum = code >> 2;
          boolean exposed = (code & 2) != 0;
          boolean y = (code & 1) != 0;
          int base = stratum * 4 + (exposed ? 0 : 2);
          tables[c][base]++;
          if (y) {
            tables[c][base + 1]++;
          }
        }
      }
    }
  }

  /** The trial code {@code stratum * 4 + exposed * 2 + converted}, or {@link #NOT_AT_RISK}. */
  private static int trial(
      Evidence ev,
      int j,
      int item,
      int landmark,
      boolean conv,
      int lim,
      int[] firstArrival,
      int[] exitOfFirst,
      int[] stampState,
      int[] firstOcc,
      int[] stampItem,
      int never) {
    if (stampState[landmark] != j) {
      return NOT_AT_RISK;
    }
    int arrival = firstArrival[landmark];
    int exposure = stampItem[item] == j ? firstOcc[item] : never;
    if (exposure <= arrival) {
      return NOT_AT_RISK; // exposed before the landmark
    }
    int exit = exitOfFirst[landmark];
    boolean exposed;
    if (item < ev.steps) {
      if (exit == never) {
        if (!conv) {
          return NOT_AT_RISK; // ended at the landmark: did not move on to a step
        }
        exposed = false;
      } else {
        exposed = exposure == exit && exit < lim;
      }
    } else {
      exposed = exposure < exit && exposure < lim;
    }
    int stratum = ev.stratum(j, arrival + 1);
    return stratum * 4 + (exposed ? 2 : 0) + (conv ? 1 : 0);
  }
}
