package dev.cxkit.journey.whatif;

import dev.cxkit.journey.markov.MarkovChain;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The changes of one what-if scenario, each taken against the baseline chain: every change gives
 * some rows new probabilities; where several changes give the same row, their differences from the
 * baseline add up. A transition whose probability would fall below 0 (changes that together move
 * more than all of it elsewhere) is an error naming those changes.
 */
final class Scenario {
  private static final double NEGATIVE_TOLERANCE = 1e-12;

  private final MarkovChain baseline;
  private final Map<Integer, List<RowChange>> rows = new LinkedHashMap<>();
  private final List<NewState> added = new ArrayList<>();

  /** One change's new row for a state: targets and probabilities. */
  private record RowChange(Change change, int[] targets, double[] probabilities) {}

  private record NewState(Change change, String name, int[] targets, double[] probabilities) {}

  Scenario(MarkovChain baseline) {
    this.baseline = baseline;
  }

  void add(Change change) {
    if (change instanceof Change.ReduceDropOff c) {
      reduceDropOff(c);
    } else if (change instanceof Change.RemoveLoop c) {
      removeLoop(c);
    } else if (change instanceof Change.AddProactiveTouch c) {
      addProactiveTouch(c);
    } else if (change instanceof Change.ShiftTraffic c) {
      shiftTraffic(c);
    } else if (change instanceof Change.SetTransition c) {
      setTransition(c);
    } else if (change instanceof Change.RemoveStep c) {
      removeStep(c);
    } else {
      throw new AssertionError(change);
    }
  }

  private void reduceDropOff(Change.ReduceDropOff c) {
    int s = state(c.stepId());
    double drop = baseline.probability(s, MarkovChain.NON_CONVERSION);
    if (c.fraction() == 0 || drop == 0) {
      return;
    }
    if (drop >= 1) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "step '%s': reduceDropOff fraction %s leaves a row with no transition to receive"
                  + " the probability (drop-off is %s, the only transition); rule: a step must"
                  + " have another successor to reduce its drop-off",
              c.stepId(),
              c.fraction(),
              drop));
    }
    int[] t = row(s);
    put(c, s, t, spread(s, t, MarkovChain.NON_CONVERSION, drop * c.fraction()));
  }

  private void removeLoop(Change.RemoveLoop c) {
    int s = state(c.stepId());
    int back = state(c.backTo());
    double p = baseline.probability(s, back);
    if (p == 0) {
      throw new IllegalArgumentException(
          "step '"
              + c.stepId()
              + "': removeLoop backTo must be a successor of the step, was '"
              + c.backTo()
              + "'");
    }
    if (p >= 1) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "step '%s': removeLoop to '%s' (probability %s) leaves an empty row; rule: a step"
                  + " must keep a transition with positive probability",
              c.stepId(),
              c.backTo(),
              p));
    }
    int[] t = row(s);
    put(c, s, t, spread(s, t, back, p));
  }

  private void addProactiveTouch(Change.AddProactiveTouch c) {
    if (c.reach() == 0) {
      return;
    }
    int s = state(c.stepId());
    String name = "proactive:" + c.stepId();
    if (baseline.hasState(name)) {
      throw new IllegalArgumentException(
          "step '" + c.stepId() + "': addProactiveTouch state '" + name + "' already exists");
    }
    for (NewState n : added) {
      if (n.name().equals(name)) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "changes '%s' and '%s' both add state '%s'; rule: a scenario adds a state once",
                n.change().describe(),
                c.describe(),
                name));
      }
    }
    int[] t = row(s);
    double[] touch = probabilities(s, t);
    double drop = baseline.probability(s, MarkovChain.NON_CONVERSION);
    if (drop > 0 && drop < 1 && c.dropOffReduction() > 0) {
      touch = spread(s, t, MarkovChain.NON_CONVERSION, drop * c.dropOffReduction());
    }
    int id = baseline.stateCount() + added.size();
    added.add(new NewState(c, name, t, touch));
    int[] targets = java.util.Arrays.copyOf(t, t.length + 1);
    targets[t.length] = id;
    double[] p = new double[t.length + 1];
    for (int k = 0; k < t.length; k++) {
      p[k] = baseline.probability(s, t[k]) * (1 - c.reach());
    }
    p[t.length] = c.reach();
    put(c, s, targets, p);
  }

  private void shiftTraffic(Change.ShiftTraffic c) {
    int a = state(c.fromState());
    int b = state(c.toState());
    if (c.fraction() != 0 && a != b) {
      moveInto(c, a, b, c.fraction());
    }
  }

  private void removeStep(Change.RemoveStep c) {
    int s = state(c.stepId());
    if (s == MarkovChain.START) {
      throw new IllegalArgumentException(
          "removeStep stepId must not be the start state, was '" + c.stepId() + "'");
    }
    moveInto(c, s, MarkovChain.NON_CONVERSION, 1.0);
  }

  /** Every row's transition into {@code a}: {@code fraction} of it goes to {@code b} instead. */
  private void moveInto(Change c, int a, int b, double fraction) {
    for (int r = 0; r < baseline.stateCount(); r++) {
      double pa = baseline.isAbsorbing(r) ? 0 : baseline.probability(r, a);
      if (pa == 0) {
        continue;
      }
      int[] t = withTarget(row(r), b);
      double[] p = probabilities(r, t);
      double moved = pa * fraction;
      for (int k = 0; k < t.length; k++) {
        if (t[k] == a) {
          p[k] -= moved;
        } else if (t[k] == b) {
          p[k] += moved;
        }
      }
      put(c, r, t, p);
    }
  }

  private void setTransition(Change.SetTransition c) {
    int s = state(c.from());
    int target = target(c.to());
    double p0 = baseline.probability(s, target);
    double p = c.probability();
    if (p0 >= 1 && p < 1) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "step '%s': setTransition to '%s' = %s makes the row sum %s; rule: each row must"
                  + " sum to 1, and the row has no other transition to rescale",
              c.from(),
              c.to(),
              p,
              p));
    }
    int[] t = withTarget(row(s), target);
    double[] probs = probabilities(s, t);
    double others = 1 - p0;
    double scale = others <= 0 ? 0 : (1 - p) / others;
    for (int k = 0; k < t.length; k++) {
      probs[k] = t[k] == target ? p : probs[k] * scale;
    }
    put(c, s, t, probs);
  }

  /** Row {@code s} with {@code amount} taken from {@code from} and spread over the others. */
  private double[] spread(int s, int[] t, int from, double amount) {
    double[] p = probabilities(s, t);
    double others = 1 - baseline.probability(s, from);
    for (int k = 0; k < t.length; k++) {
      if (t[k] != from) {
        p[k] += amount * p[k] / others;
      }
    }
    for (int k = 0; k < t.length; k++) {
      if (t[k] == from) {
        p[k] -= amount;
      }
    }
    return p;
  }

  private int[] row(int s) {
    int[] succ = baseline.successors(s);
    return succ;
  }

  private static int[] withTarget(int[] t, int target) {
    for (int x : t) {
      if (x == target) {
        return t;
      }
    }
    int[] out = java.util.Arrays.copyOf(t, t.length + 1);
    out[t.length] = target;
    return out;
  }

  private double[] probabilities(int s, int[] t) {
    double[] p = new double[t.length];
    for (int k = 0; k < t.length; k++) {
      p[k] = t[k] < baseline.stateCount() ? baseline.probability(s, t[k]) : 0;
    }
    return p;
  }

  private void put(Change c, int s, int[] targets, double[] probabilities) {
    rows.computeIfAbsent(s, k -> new ArrayList<>()).add(new RowChange(c, targets, probabilities));
  }

  /** The transient state named {@code name}. */
  int state(String name) {
    int s = baseline.hasState(name) ? baseline.state(name) : -1;
    if (s < 0 || baseline.isAbsorbing(s)) {
      throw new IllegalArgumentException(
          "state must name a transient state of the chain, was '" + name + "'");
    }
    return s;
  }

  /** A state or exit named {@code name}. */
  int target(String name) {
    if (!baseline.hasState(name)) {
      throw new IllegalArgumentException(
          "state must name a state of the chain or an exit, was '" + name + "'");
    }
    return baseline.state(name);
  }

  /** The baseline with every change of the scenario. */
  MarkovChain apply() {
    if (rows.isEmpty() && added.isEmpty()) {
      return baseline;
    }
    MarkovChain chain = baseline;
    for (NewState n : added) {
      chain = chain.withState(n.name(), n.targets(), n.probabilities());
    }
    int[] states = new int[rows.size()];
    int[][] targets = new int[rows.size()][];
    double[][] probabilities = new double[rows.size()][];
    int i = 0;
    for (Map.Entry<Integer, List<RowChange>> e : rows.entrySet()) {
      states[i] = e.getKey();
      List<RowChange> changes = e.getValue();
      if (changes.size() == 1) {
        targets[i] = changes.get(0).targets();
        probabilities[i] = changes.get(0).probabilities();
      } else {
        combine(e.getKey(), changes, targets, probabilities, i);
      }
      i++;
    }
    return chain.withRows(states, targets, probabilities);
  }

  /** Row {@code s} under several changes: the baseline plus the sum of their differences. */
  private void combine(
      int s, List<RowChange> changes, int[][] targets, double[][] probabilities, int i) {
    int[] t = row(s);
    for (RowChange c : changes) {
      for (int x : c.targets()) {
        t = withTarget(t, x);
      }
    }
    double[] base = probabilities(s, t);
    double[] p = base.clone();
    for (RowChange c : changes) {
      for (int k = 0; k < c.targets().length; k++) {
        int at = indexOf(t, c.targets()[k]);
        p[at] += c.probabilities()[k] - base[at];
      }
    }
    for (int k = 0; k < t.length; k++) {
      if (p[k] < -NEGATIVE_TOLERANCE) {
        throw conflict(s, t[k], base[k], changes);
      }
      p[k] = Math.max(0.0, p[k]);
    }
    targets[i] = t;
    probabilities[i] = p;
  }

  private IllegalArgumentException conflict(
      int s, int target, double base, List<RowChange> changes) {
    List<String> lowering = new ArrayList<>();
    double moved = 0;
    for (RowChange c : changes) {
      int k = indexOf(c.targets(), target);
      double after = k < 0 ? 0 : c.probabilities()[k];
      if (after < base) {
        lowering.add("'" + c.change().describe() + "'");
        moved += base - after;
      }
    }
    String to =
        target < baseline.stateCount() ? baseline.stateName(target) : "(new state " + target + ")";
    return new IllegalArgumentException(
        String.format(
            Locale.ROOT,
            "changes %s together move %.1f %% of the probability of '%s' -> '%s' (%s) elsewhere;"
                + " rule: the changes of one scenario may move at most all of it",
            String.join(" and ", lowering),
            100 * moved / base,
            baseline.stateName(s),
            to,
            base));
  }

  private static int indexOf(int[] t, int x) {
    for (int k = 0; k < t.length; k++) {
      if (t[k] == x) {
        return k;
      }
    }
    return -1;
  }
}
