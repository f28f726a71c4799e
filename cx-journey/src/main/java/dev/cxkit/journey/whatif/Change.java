package dev.cxkit.journey.whatif;

import static java.util.Objects.requireNonNull;

import dev.cxkit.journey.markov.MarkovChain;
import java.util.List;
import java.util.Locale;

/**
 * A change to a journey chain ({@link MarkovChain}), applied exactly to its transition rows. Every
 * change checks its arguments and the rows it produces; an invalid row is an {@link
 * IllegalArgumentException} naming the step, the value and the rule. Several changes form one
 * scenario of {@link WhatIf#evaluate(List)}: each is taken against the baseline and their effects
 * add up; changes that together would move more than all of a transition's probability are an error
 * naming them.
 *
 * <p>The one text form of a change, shared by {@link #parse} and {@code ./cx whatif --change}:
 *
 * <ul>
 *   <li>{@code STEP:drop-off=-20%} (or {@code -0.2}): {@link #reduceDropOff}
 *   <li>{@code STEP:remove-loop=TARGET}: {@link #removeLoop}
 *   <li>{@code STEP:proactive=REACH%/-X%}: {@link #addProactiveTouch}, reach and drop-off cut
 *   <li>{@code FROM:shift=TO@30%}: {@link #shiftTraffic}
 *   <li>{@code FROM:to=TO@0.4}: {@link #setTransition} ({@code TO} may be {@code (conversion)} or
 *       {@code (drop-off)})
 *   <li>{@code STEP:remove}: {@link #removeStep}
 * </ul>
 *
 * <pre>{@code
 * Change c = Change.reduceDropOff("billing", 0.20);   // 20 % less drop-off at billing
 * Change same = Change.parse("billing:drop-off=-20%");
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
  default MarkovChain applyTo(MarkovChain chain) {
    Scenario s = new Scenario(requireNonNull(chain, "chain"));
    s.add(this);
    return s.apply();
  }

  /** A short description, for example "billing: drop-off -20.0 %". */
  String describe();

  /** The states the change names, as given. */
  List<String> states();

  /**
   * Parses a change from its text form (see the class description).
   *
   * @throws IllegalArgumentException naming the text, the value and the rule
   */
  static Change parse(String text) {
    return ChangeGrammar.parse(text);
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

  private static void checkFraction(String change, String step, String field, double value) {
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
      checkFraction("reduceDropOff", stepId, "fraction", fraction);
    }

    @Override
    public String describe() {
      return String.format(Locale.ROOT, "%s: drop-off -%.1f %%", stepId, 100 * fraction);
    }

    @Override
    public List<String> states() {
      return List.of(stepId);
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
    public String describe() {
      return stepId + ": remove loop back to " + backTo;
    }

    @Override
    public List<String> states() {
      return List.of(stepId, backTo);
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
      checkFraction("addProactiveTouch", stepId, "reach", reach);
      checkFraction("addProactiveTouch", stepId, "dropOffReduction", dropOffReduction);
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

    @Override
    public List<String> states() {
      return List.of(stepId);
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
      checkFraction("shiftTraffic", fromState, "fraction", fraction);
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

    @Override
    public List<String> states() {
      return List.of(fromState, toState);
    }
  }

  /**
   * Sets the transition {@code from -> to} to {@code probability}, rescaling the row's other
   * transitions in proportion so that it still sums to 1.
   *
   * @param from a transient state
   * @param to a state, {@link MarkovChain#CONVERSION_NAME} or {@link MarkovChain#DROP_OFF_NAME}
   * @param probability the new probability
   */
  record SetTransition(String from, String to, double probability) implements Change {
    /** Checks the arguments. */
    public SetTransition {
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      checkFraction("setTransition", from, "probability", probability);
    }

    @Override
    public String describe() {
      return String.format(Locale.ROOT, "%s -> %s: p = %.4f", from, to, probability);
    }

    @Override
    public List<String> states() {
      return List.of(from, to);
    }
  }

  /**
   * Removes a step: every transition into it is redirected to the non-conversion exit. {@code 1 -
   * conversion after / conversion before} is the removal effect of Anderl et al. (2016), "Mapping
   * the customer journey", the measure of Markov attribution.
   *
   * @param stepId the step removed
   */
  record RemoveStep(String stepId) implements Change {
    /** Checks the argument. */
    public RemoveStep {
      requireNonNull(stepId, "stepId");
    }

    @Override
    public String describe() {
      return "remove " + stepId;
    }

    @Override
    public List<String> states() {
      return List.of(stepId);
    }
  }
}
