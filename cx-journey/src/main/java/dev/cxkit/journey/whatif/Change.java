package dev.cxkit.journey.whatif;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A change to the journey chain, applied exactly to the transition rows. Every change checks its
 * arguments and the rows it produces; an invalid row is an {@link IllegalArgumentException} naming
 * the step, the value and the rule.
 *
 * <pre>{@code
 * Change c = Change.reduceDropOff("billing", 0.20);   // 20 % less drop-off at billing
 * WhatIf.of(chain).evaluate(c).conversionAfter();
 * }</pre>
 */
public sealed interface Change
    permits Change.ReduceDropOff,
        Change.RemoveLoop,
        Change.AddProactiveTouch,
        Change.ShiftTraffic,
        Change.SetTransition,
        Change.RemoveStep {

  /** The changed chain. */
  AbsorbingChain applyTo(AbsorbingChain chain);

  /** A short description, for example "billing: drop-off -20.0 %". */
  String describe();

  /**
   * Parses a change from text, as typed on a command line:
   *
   * <ul>
   *   <li>{@code STEP:drop-off=-20%} (or {@code -0.2}): {@link #reduceDropOff}
   *   <li>{@code STEP:remove-loop=TARGET}: {@link #removeLoop}
   *   <li>{@code STEP:proactive=REACH%/-X%}: {@link #addProactiveTouch}, reach and drop-off cut
   *   <li>{@code FROM:shift=TO@30%}: {@link #shiftTraffic}
   *   <li>{@code FROM:to=TO@0.4}: {@link #setTransition}
   *   <li>{@code STEP:remove}: {@link #removeStep}
   * </ul>
   *
   * @throws IllegalArgumentException naming the text, the value and the rule
   */
  static Change parse(String text) {
    requireNonNull(text, "text");
    int colon = text.lastIndexOf(':');
    if (colon <= 0) {
      throw bad(text, "must look like STEP:drop-off=-20%, STEP:remove-loop=TARGET, ...");
    }
    String step = text.substring(0, colon).trim();
    String rest = text.substring(colon + 1).trim();
    if (rest.equals("remove")) {
      return removeStep(step);
    }
    int eq = rest.indexOf('=');
    if (eq < 0) {
      throw bad(text, "must have KIND=VALUE after the step");
    }
    String kind = rest.substring(0, eq).trim();
    String value = rest.substring(eq + 1).trim();
    switch (kind) {
      case "drop-off":
        {
          double v = number(text, value);
          if (v > 0) {
            throw bad(text, "drop-off change must be a reduction (<= 0), was " + value);
          }
          return reduceDropOff(step, -v);
        }
      case "remove-loop":
        return removeLoop(step, value);
      case "proactive":
        {
          String[] parts = value.split("/");
          if (parts.length != 2) {
            throw bad(text, "proactive must be REACH%/-X%, was " + value);
          }
          return addProactiveTouch(step, number(text, parts[0]), -number(text, parts[1]));
        }
      case "shift":
      case "to":
        {
          int at = value.lastIndexOf('@');
          if (at <= 0) {
            throw bad(text, kind + " must be TARGET@FRACTION, was " + value);
          }
          String target = value.substring(0, at).trim();
          double f = number(text, value.substring(at + 1));
          return kind.equals("shift")
              ? shiftTraffic(step, target, f)
              : setTransition(step, target, f);
        }
      default:
        throw bad(
            text,
            "kind must be one of drop-off, remove-loop, proactive, shift, to, remove; was '"
                + kind
                + "'");
    }
  }

  private static double number(String text, String value) {
    String v = value.trim();
    boolean pct = v.endsWith("%");
    if (pct) {
      v = v.substring(0, v.length() - 1).trim();
    }
    try {
      double d = Double.parseDouble(v);
      if (!Double.isFinite(d)) {
        throw bad(text, "value must be finite, was " + value);
      }
      return pct ? d / 100 : d;
    } catch (NumberFormatException e) {
      throw bad(text, "value must be a number or percentage, was '" + value + "'");
    }
  }

  private static IllegalArgumentException bad(String text, String rule) {
    return new IllegalArgumentException("change '" + text + "': " + rule);
  }

  /** Reduce {@code stepId}'s drop-off by {@code fraction} (0.2 = 20 % less). */
  static Change reduceDropOff(String stepId, double fraction) {
    return new ReduceDropOff(stepId, fraction);
  }

  /** Remove the loop transition {@code stepId -> backTo}. */
  static Change removeLoop(String stepId, String backTo) {
    return new RemoveLoop(stepId, backTo);
  }

  /** Add a proactive touch after {@code stepId}. */
  static Change addProactiveTouch(String stepId, double reach, double dropOffReduction) {
    return new AddProactiveTouch(stepId, reach, dropOffReduction);
  }

  /** Shift {@code fraction} of all traffic into {@code fromState} onto {@code toState}. */
  static Change shiftTraffic(String fromState, String toState, double fraction) {
    return new ShiftTraffic(fromState, toState, fraction);
  }

  /** Remove a step: every journey that would enter it drops off (the Markov removal effect). */
  static Change removeStep(String stepId) {
    return new RemoveStep(stepId);
  }

  /** Set one transition probability, rescaling the row's other transitions. */
  static Change setTransition(String from, String to, double probability) {
    return new SetTransition(from, to, probability);
  }

  /**
   * Moves {@code fraction} of the probability of dropping off at the step to its other transitions,
   * in proportion to their probabilities. With fraction 0 the chain is returned unchanged.
   *
   * @param stepId the step (a transient state)
   * @param fraction in [0, 1]
   */
  record ReduceDropOff(String stepId, double fraction) implements Change {
    /** Checks the arguments. */
    public ReduceDropOff {
      requireNonNull(stepId, "stepId");
      Rows.fraction("reduceDropOff", stepId, "fraction", fraction);
    }

    @Override
    public AbsorbingChain applyTo(AbsorbingChain chain) {
      if (fraction == 0) {
        return chain;
      }
      int s = chain.indexOf(stepId);
      int drop = chain.names.size() + 1;
      double[] row = chain.probs[s].clone();
      int[] ts = chain.targets[s];
      int dk = Rows.find(ts, drop);
      if (dk < 0 || row[dk] == 0) {
        return chain;
      }
      double moved = row[dk] * fraction;
      double others = 1 - row[dk];
      if (others <= 0) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "step '%s': reduceDropOff fraction %s leaves a row with no transition to receive"
                    + " the probability (drop-off is %s, the only transition); rule: a step must"
                    + " have another successor to reduce its drop-off",
                stepId,
                fraction,
                row[dk]));
      }
      for (int k = 0; k < row.length; k++) {
        if (k != dk) {
          row[k] += moved * row[k] / others;
        }
      }
      row[dk] -= moved;
      return Rows.withRow(chain, s, ts, row, describe());
    }

    @Override
    public String describe() {
      return String.format(Locale.ROOT, "%s: drop-off -%.1f %%", stepId, 100 * fraction);
    }
  }

  /**
   * Removes the transition from {@code stepId} back to {@code backTo} (a loop: a repeat contact or
   * a return to an earlier step); its probability goes to the row's other transitions in
   * proportion.
   *
   * @param stepId the step the loop leaves from
   * @param backTo the step the loop returns to
   */
  record RemoveLoop(String stepId, String backTo) implements Change {
    /** Checks the arguments. */
    public RemoveLoop {
      requireNonNull(stepId, "stepId");
      requireNonNull(backTo, "backTo");
    }

    @Override
    public AbsorbingChain applyTo(AbsorbingChain chain) {
      int s = chain.indexOf(stepId);
      int t = chain.indexOf(backTo);
      int[] ts = chain.targets[s];
      int k0 = Rows.find(ts, t);
      if (k0 < 0) {
        throw new IllegalArgumentException(
            "step '"
                + stepId
                + "': removeLoop backTo must be a successor of the step, was '"
                + backTo
                + "'");
      }
      double[] row = chain.probs[s].clone();
      double p = row[k0];
      double others = 1 - p;
      if (others <= 0) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "step '%s': removeLoop to '%s' (probability %s) leaves an empty row; rule: a step"
                    + " must keep a transition with positive probability",
                stepId,
                backTo,
                p));
      }
      for (int k = 0; k < row.length; k++) {
        row[k] = k == k0 ? 0 : row[k] + p * row[k] / others;
      }
      return Rows.withRow(chain, s, ts, row, describe());
    }

    @Override
    public String describe() {
      return stepId + ": remove loop back to " + backTo;
    }
  }

  /**
   * Adds a proactive touch (for example a status message) after the step: a new state {@code
   * "proactive:" + stepId} reached from the step with probability {@code reach} (the step's other
   * transitions scaled by {@code 1 - reach}); from the touch the journey continues as from the
   * step, with the drop-off reduced by {@code dropOffReduction}, the rest spread in proportion.
   *
   * @param stepId the step
   * @param reach share of the step's visits that get the touch, in [0, 1]
   * @param dropOffReduction relative drop-off reduction after the touch, in [0, 1]
   */
  record AddProactiveTouch(String stepId, double reach, double dropOffReduction) implements Change {
    /** Checks the arguments. */
    public AddProactiveTouch {
      requireNonNull(stepId, "stepId");
      Rows.fraction("addProactiveTouch", stepId, "reach", reach);
      Rows.fraction("addProactiveTouch", stepId, "dropOffReduction", dropOffReduction);
    }

    @Override
    public AbsorbingChain applyTo(AbsorbingChain chain) {
      if (reach == 0) {
        return chain;
      }
      int s = chain.indexOf(stepId);
      String touch = "proactive:" + stepId;
      if (chain.hasState(touch)) {
        throw new IllegalArgumentException(
            "step '" + stepId + "': addProactiveTouch state '" + touch + "' already exists");
      }
      int n = chain.names.size();
      // new state gets index n; absorbing targets shift from n, n+1 to n+1, n+2
      List<String> names = new ArrayList<>(chain.names);
      names.add(touch);
      Map<String, Integer> index = new HashMap<>(chain.index);
      index.put(touch, n);
      int[][] targets = new int[n + 1][];
      double[][] probs = new double[n + 1][];
      for (int r = 0; r < n; r++) {
        int[] ts = chain.targets[r].clone();
        for (int k = 0; k < ts.length; k++) {
          if (ts[k] >= n) {
            ts[k]++;
          }
        }
        targets[r] = ts;
        probs[r] = chain.probs[r];
      }
      int[] base = targets[s];
      double[] touchRow = chain.probs[s].clone();
      int dk = Rows.find(base, n + 2);
      if (dk >= 0 && dropOffReduction > 0) {
        double moved = touchRow[dk] * dropOffReduction;
        double others = 1 - touchRow[dk];
        if (others > 0) {
          for (int k = 0; k < touchRow.length; k++) {
            if (k != dk) {
              touchRow[k] += moved * touchRow[k] / others;
            }
          }
          touchRow[dk] -= moved;
        }
      }
      targets[n] = base;
      probs[n] = touchRow;
      int[] sRow = new int[base.length + 1];
      double[] sProb = new double[base.length + 1];
      for (int k = 0; k < base.length; k++) {
        sRow[k] = base[k];
        sProb[k] = chain.probs[s][k] * (1 - reach);
      }
      sRow[base.length] = n;
      sProb[base.length] = reach;
      targets[s] = sRow;
      probs[s] = sProb;
      return new AbsorbingChain(List.copyOf(names), Map.copyOf(index), targets, probs);
    }

    @Override
    public String describe() {
      return String.format(
          Locale.ROOT,
          "%s: proactive touch reaching %.1f %%, drop-off after it -%.1f %%",
          stepId,
          100 * reach,
          100 * dropOffReduction);
    }
  }

  /**
   * Shifts {@code fraction} of every transition into {@code fromState} onto {@code toState}: for
   * example moving calls to chat. Rows without a transition into {@code fromState} are unchanged.
   *
   * @param fromState the state losing traffic
   * @param toState the state gaining it
   * @param fraction in [0, 1]
   */
  record ShiftTraffic(String fromState, String toState, double fraction) implements Change {
    /** Checks the arguments. */
    public ShiftTraffic {
      requireNonNull(fromState, "fromState");
      requireNonNull(toState, "toState");
      Rows.fraction("shiftTraffic", fromState, "fraction", fraction);
    }

    @Override
    public AbsorbingChain applyTo(AbsorbingChain chain) {
      int a = chain.indexOf(fromState);
      int b = chain.indexOf(toState);
      if (fraction == 0 || a == b) {
        return chain;
      }
      int n = chain.names.size();
      int[][] targets = AbsorbingChain.copyRows(chain.targets);
      double[][] probs = AbsorbingChain.copyRows(chain.probs);
      for (int r = 0; r < n; r++) {
        int ka = Rows.find(targets[r], a);
        if (ka < 0 || probs[r][ka] == 0) {
          continue;
        }
        double moved = probs[r][ka] * fraction;
        int kb = Rows.find(targets[r], b);
        int[] ts = targets[r];
        double[] ps = probs[r].clone();
        if (kb < 0) {
          ts = java.util.Arrays.copyOf(ts, ts.length + 1);
          ps = java.util.Arrays.copyOf(ps, ps.length + 1);
          kb = ts.length - 1;
          ts[kb] = b;
        }
        ps[ka] -= moved;
        ps[kb] += moved;
        targets[r] = ts;
        probs[r] = ps;
      }
      return new AbsorbingChain(chain.names, chain.index, targets, probs);
    }

    @Override
    public String describe() {
      return String.format(
          Locale.ROOT,
          "shift %.1f %% of traffic from %s to %s",
          100 * fraction,
          fromState,
          toState);
    }
  }

  /**
   * Sets the transition {@code from -> to} to {@code probability}, rescaling the row's other
   * transitions in proportion so that it still sums to 1.
   *
   * @param from a transient state
   * @param to a state, {@link AbsorbingChain#CONVERSION} or {@link AbsorbingChain#DROP_OFF}
   * @param probability the new probability
   */
  record SetTransition(String from, String to, double probability) implements Change {
    /** Checks the arguments. */
    public SetTransition {
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      Rows.fraction("setTransition", from, "probability", probability);
    }

    @Override
    public AbsorbingChain applyTo(AbsorbingChain chain) {
      int s = chain.indexOf(from);
      int t = chain.target(to);
      int[] ts = chain.targets[s];
      double[] ps = chain.probs[s].clone();
      int k0 = Rows.find(ts, t);
      if (k0 < 0) {
        ts = java.util.Arrays.copyOf(ts, ts.length + 1);
        ps = java.util.Arrays.copyOf(ps, ps.length + 1);
        k0 = ts.length - 1;
        ts[k0] = t;
      }
      double others = 1 - ps[k0];
      if (others <= 0 && probability < 1) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "step '%s': setTransition to '%s' = %s makes the row sum %s; rule: each row must"
                    + " sum to 1, and the row has no other transition to rescale",
                from,
                to,
                probability,
                probability));
      }
      double scale = others <= 0 ? 0 : (1 - probability) / others;
      for (int k = 0; k < ps.length; k++) {
        ps[k] = k == k0 ? probability : ps[k] * scale;
      }
      return Rows.withRow(chain, s, ts, ps, describe());
    }

    @Override
    public String describe() {
      return String.format(Locale.ROOT, "%s -> %s: p = %.4f", from, to, probability);
    }
  }

  /**
   * Removes a step: every transition into it is redirected to {@link AbsorbingChain#DROP_OFF}.
   * {@code 1 - conversion after / conversion before} is the removal effect of Anderl et al. (2016),
   * "Mapping the customer journey", the measure of Markov attribution.
   *
   * @param stepId the step removed
   */
  record RemoveStep(String stepId) implements Change {
    /** Checks the argument. */
    public RemoveStep {
      requireNonNull(stepId, "stepId");
    }

    @Override
    public AbsorbingChain applyTo(AbsorbingChain chain) {
      int s = chain.indexOf(stepId);
      if (s == 0) {
        throw new IllegalArgumentException(
            "removeStep stepId must not be the start state, was '" + stepId + "'");
      }
      int n = chain.names.size();
      int[][] targets = AbsorbingChain.copyRows(chain.targets);
      double[][] probs = AbsorbingChain.copyRows(chain.probs);
      for (int r = 0; r < n; r++) {
        int k = Rows.find(targets[r], s);
        if (k < 0) {
          continue;
        }
        int[] ts = targets[r].clone();
        double[] ps = probs[r].clone();
        int d = Rows.find(ts, n + 1);
        if (d < 0) {
          ts[k] = n + 1;
        } else {
          ps[d] += ps[k];
          ps[k] = 0;
        }
        targets[r] = ts;
        probs[r] = ps;
      }
      return new AbsorbingChain(chain.names, chain.index, targets, probs);
    }

    @Override
    public String describe() {
      return "remove " + stepId;
    }
  }
}
