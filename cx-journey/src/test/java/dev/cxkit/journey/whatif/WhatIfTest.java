package dev.cxkit.journey.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.journey.markov.MarkovChain;
import org.junit.jupiter.api.Test;

class WhatIfTest {

  static MarkovChain simple() {
    return MarkovChain.builder()
        .transition(MarkovChain.START_NAME, "visit", 1.0)
        .transition("visit", "buy", 0.6)
        .transition("visit", MarkovChain.DROP_OFF_NAME, 0.4)
        .transition("buy", MarkovChain.CONVERSION_NAME, 1.0)
        .build();
  }

  /** visit loops on itself with 0.5, converts 0.3, drops 0.2. */
  static MarkovChain loop() {
    return MarkovChain.builder()
        .transition(MarkovChain.START_NAME, "visit", 1.0)
        .transition("visit", "visit", 0.5)
        .transition("visit", MarkovChain.CONVERSION_NAME, 0.3)
        .transition("visit", MarkovChain.DROP_OFF_NAME, 0.2)
        .build();
  }

  @Test
  void closedForms() {
    // by hand: conversion 0.6; steps = 1 (start->visit) + 1 (visit->...) + 0.6 (buy->conv)
    assertEquals(0.6, simple().absorption().conversionProbability(), 1e-15);
    assertEquals(2.6, simple().absorption().expectedSteps(), 1e-14);
    // geometric loop: h = 0.3 / (1 - 0.5) = 0.6; t = 1 + 1 / (1 - 0.5) = 3
    assertEquals(0.6, loop().absorption().conversionProbability(), 1e-15);
    assertEquals(3.0, loop().absorption().expectedSteps(), 1e-14);
    assertEquals(2.0, loop().absorption().expectedVisits(loop().state("visit")), 1e-14);
  }

  @Test
  void reduceDropOffByHand() {
    // 0.4 drop-off cut by 25 % -> 0.3; the 0.1 goes to buy: conversion 0.7
    WhatIfResult r =
        WhatIf.of(simple())
            .journeys(1000)
            .valuePerConversion(50)
            .evaluate(Change.reduceDropOff("visit", 0.25));
    assertEquals(0.7, r.conversionAfter(), 1e-15);
    assertEquals(0.1 * 1000 * 50, r.valueAtStake(), 1e-9);
    assertEquals(
        "visit: drop-off -25.0 %: conversion 0.6000 -> 0.7000 (+0.1000), expected steps 2.600 ->"
            + " 2.700, value at stake 5000.00 over 1000 journeys",
        r.toString());
  }

  @Test
  void zeroChangesReproduceTheBaselineExactly() {
    MarkovChain c = loop();
    assertSame(c, Change.reduceDropOff("visit", 0).applyTo(c));
    assertSame(c, Change.addProactiveTouch("visit", 0, 0.5).applyTo(c));
    WhatIfResult r = WhatIf.of(c).evaluate(Change.shiftTraffic("visit", "visit", 0.3));
    assertEquals(r.conversionBefore(), r.conversionAfter(), 0.0);
  }

  @Test
  void removeLoopAndProactiveTouch() {
    // removing the self loop: 0.3 / 0.5 conversion = 0.6 unchanged, steps 2
    WhatIfResult r = WhatIf.of(loop()).evaluate(Change.removeLoop("visit", "visit"));
    assertEquals(0.6, r.conversionAfter(), 1e-15);
    assertEquals(2.0, r.stepsAfter(), 1e-14);
    // proactive touch after visit for everyone, drop-off halved there:
    // touch row: visit 0.5+0.1*0.5/0.8, conv 0.3+0.1*0.3/0.8, drop 0.1 -> h_touch = h_visit' ...
    MarkovChain t = Change.addProactiveTouch("visit", 1.0, 0.5).applyTo(loop());
    // visit -> touch with 1; touch: visit 0.5625, conv 0.3375, drop 0.1
    // h = 0.5625 h + 0.3375 -> h = 0.3375 / 0.4375
    assertEquals(
        0.3375 / 0.4375,
        t.absorption().conversionProbability(),
        1e-13); // the solver holds residuals to 1e-14
  }

  @Test
  void invalidRowsAreClearErrors() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Change.reduceDropOff("visit", 1.5));
    assertEquals("step 'visit': reduceDropOff.fraction must be in [0, 1], was 1.5", e.getMessage());
    MarkovChain dead =
        MarkovChain.builder()
            .transition(MarkovChain.START_NAME, "x", 1.0)
            .transition("x", MarkovChain.DROP_OFF_NAME, 1.0)
            .build();
    e =
        assertThrows(
            IllegalArgumentException.class, () -> Change.reduceDropOff("x", 0.5).applyTo(dead));
    assertTrue(e.getMessage().startsWith("step 'x': reduceDropOff fraction 0.5"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                MarkovChain.builder()
                    .transition(MarkovChain.START_NAME, "x", 1.0)
                    .transition("x", MarkovChain.DROP_OFF_NAME, 0.7)
                    .build());
    assertEquals("state 'x' row must sum to 1 (within 1e-9), was 0.700000000000", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Change.setTransition("x", MarkovChain.DROP_OFF_NAME, 0.5).applyTo(dead));
    assertTrue(e.getMessage().contains("step 'x': setTransition"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Change.removeLoop("visit", "nope").applyTo(loop()));
    assertEquals("state must name a transient state of the chain, was 'nope'", e.getMessage());
  }

  @Test
  void parsesCommandLineChanges() {
    assertEquals(new Change.ReduceDropOff("billing", 0.2), Change.parse("billing:drop-off=-20%"));
    assertEquals(new Change.RemoveLoop("a", "b"), Change.parse("a:remove-loop=b"));
    assertEquals(new Change.AddProactiveTouch("a", 0.5, 0.3), Change.parse("a:proactive=50%/-30%"));
    assertEquals(new Change.ShiftTraffic("call", "chat", 0.3), Change.parse("call:shift=chat@30%"));
    assertEquals(
        new Change.SetTransition("a", MarkovChain.DROP_OFF_NAME, 0.1),
        Change.parse("a:to=(drop-off)@0.1"));
    assertEquals(new Change.RemoveStep("x"), Change.parse("x:remove"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Change.parse("a:drop-off=+10%"));
    assertEquals(
        "change 'a:drop-off=+10%': drop-off change must be a reduction (<= 0), was +10%",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Change.parse("a:drop-off=-120%"));
    assertEquals("step 'a': reduceDropOff.fraction must be in [0, 1], was 1.2", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Change.parse("a:faster=2"));
    assertTrue(e.getMessage().contains("kind must be one of"), e.getMessage());
  }

  @Test
  void whatIfOnAnEstimatedMarkovChain() {
    // a > b converts, a drops: first order, a -> b 0.5, a -> null 0.5, b -> conv 1
    dev.cxkit.journey.assembly.Journeys js =
        dev.cxkit.journey.conformance.TestJourneys.of(
            java.util.List.of(java.util.List.of("a", "b"), java.util.List.of("a")), true, false);
    MarkovChain m =
        dev.cxkit.journey.markov.TransitionCounts.of(
                js,
                dev.cxkit.journey.paths.PathOptions.of(
                    dev.cxkit.journey.events.Dimension.TOUCHPOINT),
                1)
            .chain();
    WhatIfResult r = WhatIf.of(m).evaluate(Change.reduceDropOff("a", 0.5));
    assertEquals(0.5, r.conversionBefore(), 1e-15);
    assertEquals(0.75, r.conversionAfter(), 1e-15); // a -> b 0.75
  }

  /** Changes of one scenario add up against the baseline; more than all of a row is an error. */
  @Test
  void changesOfOneScenarioAddUp() {
    // two cuts of 25 % of visit's 0.4 drop-off: 0.2 moves to buy
    WhatIfResult both =
        WhatIf.of(simple())
            .evaluate(
                java.util.List.of(
                    Change.reduceDropOff("visit", 0.25), Change.reduceDropOff("visit", 0.25)));
    assertEquals(0.8, both.conversionAfter(), 1e-15);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                WhatIf.of(simple())
                    .evaluate(
                        java.util.List.of(
                            Change.reduceDropOff("visit", 0.9),
                            Change.reduceDropOff("visit", 0.9))));
    assertEquals(
        "changes 'visit: drop-off -90.0 %' and 'visit: drop-off -90.0 %' together move 180.0 % of"
            + " the probability of 'visit' -> '(null)' (0.4) elsewhere; rule: the changes of one"
            + " scenario may move at most all of it",
        e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                WhatIf.of(simple())
                    .evaluate(
                        java.util.List.of(
                            Change.parse("visit:to=buy@0.05"),
                            Change.parse("visit:to=(conversion)@0.99"))));
    assertTrue(e.getMessage().contains("'visit -> buy: p = 0.0500'"), e.getMessage());
    assertTrue(e.getMessage().contains("'visit -> (conversion): p = 0.9900'"), e.getMessage());
  }

  /** Every kind of change has a text form that parses back to it. */
  @Test
  void everyKindParsesFromItsTextForm() {
    for (Change c :
        java.util.List.of(
            Change.reduceDropOff("proactive:billing", 0.25),
            Change.removeLoop("a", "b"),
            Change.addProactiveTouch("a", 0.5, 0.25),
            Change.shiftTraffic("call", "chat", 0.75),
            Change.setTransition("a", MarkovChain.CONVERSION_NAME, 0.5),
            Change.removeStep("x"))) {
      assertEquals(c, Change.parse(text(c)), text(c));
    }
  }

  private static String text(Change c) {
    if (c instanceof Change.ReduceDropOff d) {
      return d.stepId() + ":drop-off=-" + 100 * d.fraction() + "%";
    } else if (c instanceof Change.RemoveLoop l) {
      return l.stepId() + ":remove-loop=" + l.backTo();
    } else if (c instanceof Change.AddProactiveTouch p) {
      return p.stepId()
          + ":proactive="
          + 100 * p.reach()
          + "%/-"
          + 100 * p.dropOffReduction()
          + "%";
    } else if (c instanceof Change.ShiftTraffic s) {
      return s.fromState() + ":shift=" + s.toState() + "@" + s.fraction();
    } else if (c instanceof Change.SetTransition t) {
      return t.from() + ":to=" + t.to() + "@" + t.probability();
    }
    return ((Change.RemoveStep) c).stepId() + ":remove";
  }

  @Test
  void aValuePerConversionThatWouldOverflowIsRefusedNotInfinity() {
    // issue 14: --value-per-conversion 1e308 on 2,000 journeys printed Infinity
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> WhatIf.of(loop()).journeys(2_000).valuePerConversion(1e308));
    assertEquals(
        "valuePerConversion x journeys must stay within the double range (about 1.8e308), was"
            + " 1.0E308 x 2000",
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> WhatIf.of(loop()).valuePerConversion(1e308).journeys(2_000));
    // the largest product that fits gives a finite value gained
    WhatIfResult r =
        WhatIf.of(loop())
            .journeys(2_000)
            .valuePerConversion(1e304)
            .evaluate(Change.addProactiveTouch("visit", 1.0, 0.5));
    assertTrue(Double.isFinite(r.valueAtStake()), "value at stake " + r.valueAtStake());
  }
}
