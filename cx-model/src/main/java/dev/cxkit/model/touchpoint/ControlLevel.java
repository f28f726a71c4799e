package dev.cxkit.model.touchpoint;

/**
 * How far the company controls a touchpoint; derived from its {@link Ownership} (see {@link
 * Ownership#controlLevel()}).
 */
public enum ControlLevel {
  /** The company designs and runs it. */
  CONTROLLED,
  /** The company can shape it through partners, design or guidance, but does not run it. */
  INFLUENCED,
  /** The company can only listen and respond (reviews, peers, press). */
  UNCONTROLLED
}
