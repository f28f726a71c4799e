package dev.cxkit.model.persona;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cxkit.model.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * How a B2B persona engages in one lifecycle stage: participation level, what information they
 * need, what they do, and which content they prefer. Stored in {@link Persona#stageEngagements()}
 * keyed by stage id.
 *
 * {@snippet class=dev.cxkit.model.persona.SnippetsTest region=stageEngagement}
 */
@Value.Immutable
@JsonSerialize
public abstract class StageEngagement {

  StageEngagement() {}

  /** Driver, participant or gatekeeper. */
  public abstract ParticipationLevel participation();

  /** Questions the persona needs answered in this stage. */
  public abstract List<String> informationalNeeds();

  /** What the persona does in this stage. */
  public abstract List<String> activities();

  /** Content formats the persona prefers in this stage (case study, demo, whitepaper, ...). */
  public abstract List<String> contentPreferences();

  /** Engagement with only a participation level. */
  public static StageEngagement of(ParticipationLevel participation) {
    return builder().participation(participation).build();
  }

  /** A builder; the lists may stay empty. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.texts("informationalNeeds", informationalNeeds());
    Checks.texts("activities", activities());
    Checks.texts("contentPreferences", contentPreferences());
  }

  @Override
  public final String toString() {
    return "StageEngagement{"
        + participation()
        + ", needs="
        + informationalNeeds()
        + ", activities="
        + activities()
        + ", content="
        + contentPreferences()
        + "}";
  }

  /** Builds a {@link StageEngagement}. */
  public static final class Builder extends ImmutableStageEngagement.Builder {}
}
