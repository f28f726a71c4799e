package dev.cxkit.model.survey;

/**
 * What a survey question is about. Relationship questions ("How likely are you to recommend us?")
 * measure the whole relationship; interaction questions measure one touchpoint or journey step.
 * Metrics must not mix the two.
 */
public enum SurveyContextKind {
  /** About the relationship with the company as a whole. */
  RELATIONSHIP,
  /** About one touchpoint interaction. */
  TOUCHPOINT,
  /** About one step of a journey map. */
  STEP
}
