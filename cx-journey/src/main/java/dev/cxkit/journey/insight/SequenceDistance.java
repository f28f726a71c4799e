package dev.cxkit.journey.insight;

import dev.cxkit.journey.assembly.Journeys;
import java.util.Locale;

/**
 * Optimal-matching distance between two journeys (Abbott and Forrest 1986; the edit distance of
 * sequence analysis): the minimum cost of turning one event sequence into the other by inserting or
 * deleting an event (cost {@code indel}) or substituting one (0 for the same touchpoint, {@code
 * sameGroup} when the two events share their group: the same channel, or the same stage, and {@code
 * otherGroup} otherwise). Substitution costs must not exceed {@code 2 * indel}.
 *
 * {@snippet class=dev.cxkit.journey.insight.SnippetsTest region=sequenceDistance}
 *
 * @param indel insertion and deletion cost, above 0
 * @param sameGroup substitution cost within a group, in [0, 2 indel]
 * @param otherGroup substitution cost across groups, in [sameGroup, 2 indel]
 * @param byStage group events by stage instead of channel
 */
public record SequenceDistance(double indel, double sameGroup, double otherGroup, boolean byStage) {

  /** Checks the costs. */
  public SequenceDistance {
    if (!(indel > 0 && indel < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "distance.indel must be finite and > 0, was %s", indel));
    }
    if (!(sameGroup >= 0 && sameGroup <= otherGroup && otherGroup <= 2 * indel)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "distance substitution costs must satisfy 0 <= sameGroup <= otherGroup <= 2 indel,"
                  + " was %s, %s, indel %s",
              sameGroup,
              otherGroup,
              indel));
    }
  }

  /** Substitution costs by channel. */
  public static SequenceDistance byChannel(double indel, double sameChannel, double otherChannel) {
    return new SequenceDistance(indel, sameChannel, otherChannel, false);
  }

  /** Substitution costs by stage. */
  public static SequenceDistance byStage(double indel, double sameStage, double otherStage) {
    return new SequenceDistance(indel, sameStage, otherStage, true);
  }

  /** The distance between journeys {@code a} and {@code b}. */
  public double distance(Journeys js, int a, int b) {
    return distance(js, a, b, new double[js.length(b) + 1], new double[js.length(b) + 1]);
  }

  double distance(Journeys js, int a, int b, double[] prev, double[] cur) {
    int sa = js.start(a);
    int sb = js.start(b);
    int na = js.length(a);
    int nb = js.length(b);
    for (int j = 0; j <= nb; j++) {
      prev[j] = j * indel;
    }
    for (int i = 1; i <= na; i++) {
      cur[0] = i * indel;
      int ea = sa + i - 1;
      int ta = js.touchpoint(ea);
      int ga = byStage ? js.stage(ea) : js.channel(ea);
      for (int j = 1; j <= nb; j++) {
        int eb = sb + j - 1;
        double sub;
        if (js.touchpoint(eb) == ta) {
          sub = 0;
        } else {
          sub = (byStage ? js.stage(eb) : js.channel(eb)) == ga ? sameGroup : otherGroup;
        }
        double v = prev[j - 1] + sub;
        v = Math.min(v, prev[j] + indel);
        v = Math.min(v, cur[j - 1] + indel);
        cur[j] = v;
      }
      double[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[nb];
  }
}
