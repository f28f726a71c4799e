package dev.cxkit.model.map;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import java.util.Locale;
import java.util.Objects;

/**
 * One point of a journey map's emotion curve: a step, its stage and the canonical valence in [-1,
 * 1] felt there.
 *
 * {@snippet class=dev.cxkit.model.map.SnippetsTest region=emotionPoint}
 *
 * @param stepId the step
 * @param stageId the step's stage
 * @param valence the step's emotion valence in [-1, 1]
 */
public record EmotionPoint(String stepId, String stageId, double valence) {

  /** Checks the fields. */
  public EmotionPoint {
    Objects.requireNonNull(stepId, "stepId");
    Objects.requireNonNull(stageId, "stageId");
    checkArgument(
        Double.isFinite(valence) && valence >= -1.0 && valence <= 1.0,
        "valence must be a number in [-1, 1], was %s",
        valence);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s/%s %+.2f", stageId, stepId, valence);
  }
}
