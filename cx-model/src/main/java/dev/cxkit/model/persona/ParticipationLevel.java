package dev.cxkit.model.persona;

/** How a B2B persona takes part in a lifecycle stage. */
public enum ParticipationLevel {
  /** Leads the stage and pushes it forward. */
  DRIVER,
  /** Takes part and contributes. */
  PARTICIPANT,
  /** Can stop or delay the stage (security review, legal, procurement sign-off). */
  GATEKEEPER
}
