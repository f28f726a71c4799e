package dev.cxkit.model.map;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cxkit.model.experience.Emotion;
import dev.cxkit.model.experience.MomentOfTruth;
import dev.cxkit.model.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One step of a journey map: what the customer wants and does, through which touchpoints and
 * channels, what they think and feel, what hurts, what could be better, how it is measured and
 * heard, and where the journey goes next.
 *
 * <p>Transitions are explicit: {@link #next()} lists the ids of the steps that may follow. When it
 * is empty the step is followed by the next step in the map's order, unless {@link #end()} marks it
 * as a final step. Listing a step that comes earlier makes a loop; listing several makes a branch.
 *
 * {@snippet class=dev.cxkit.model.map.SnippetsTest region=step}
 */
@Value.Immutable
@JsonSerialize
public abstract class Step {

  Step() {}

  /** The step id, unique within the map. */
  public abstract String id();

  /** The step name shown on the map. */
  public abstract String name();

  /** The id of the map stage this step belongs to. */
  public abstract String stageId();

  /** What the customer wants to achieve at this step. */
  public abstract Optional<String> goal();

  /** What the customer does: who, what, when, where, why. */
  public abstract Optional<StepAction> action();

  /** The touchpoints (by id) the customer meets at this step. */
  public abstract List<String> touchpointIds();

  /** The channels (by id) the step happens in. */
  public abstract List<String> channelIds();

  /** What the customer thinks. */
  public abstract List<String> thoughts();

  /** How the customer feels. */
  public abstract Optional<Emotion> emotion();

  /** What hurts. */
  public abstract List<PainPoint> painPoints();

  /** What could be improved. */
  public abstract List<Opportunity> opportunities();

  /**
   * The moments of truth at this step; each marks this step or one of its {@link #touchpointIds()}.
   */
  public abstract List<MomentOfTruth> momentsOfTruth();

  /** What customers say, verbatim. */
  public abstract List<CustomerQuote> customerQuotes();

  /** The KPIs measured at this step; names are unique. */
  public abstract List<Kpi> kpis();

  /** Where feedback about this step is collected. */
  public abstract List<ListeningPost> listeningPosts();

  /** The checkpoint the journey must pass at this step, if any. */
  public abstract Optional<Tollgate> tollgate();

  /**
   * The ids of the steps that may follow this one; empty means "the next step in map order" (or
   * none when {@link #end()} is set or this is the last step).
   */
  public abstract List<String> next();

  /** Whether the journey may end at this step even though steps follow in map order. */
  @Value.Default
  public boolean end() {
    return false;
  }

  /** The {@link Kpi} with this name, if measured at this step. */
  public final Optional<Kpi> kpi(String name) {
    requireNonNull(name, "name");
    return kpis().stream().filter(k -> k.name().equals(name)).findFirst();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A bare step: id, name and stage. */
  public static Step of(String id, String name, String stageId) {
    return builder().id(id).name(name).stageId(stageId).build();
  }

  @Value.Check
  final void check() {
    Checks.id("step.id", id());
    String at = "step '" + id() + "'";
    Checks.nonBlank(at + ".name", name());
    Checks.id(at + ".stageId", stageId());
    goal().ifPresent(g -> Checks.nonBlank(at + ".goal", g));
    Checks.allIds(at + ".touchpointIds", touchpointIds());
    Checks.unique(at + ".touchpointIds", touchpointIds());
    Checks.allIds(at + ".channelIds", channelIds());
    Checks.unique(at + ".channelIds", channelIds());
    Checks.allNonBlank(at + ".thoughts", thoughts());
    Checks.allIds(at + ".next", next());
    Checks.unique(at + ".next", next());
    checkArgument(
        !end() || next().isEmpty(), "%s.next must be empty when end is true, was %s", at, next());
    for (MomentOfTruth m : momentsOfTruth()) {
      m.stepId()
          .ifPresent(
              s ->
                  checkArgument(
                      s.equals(id()),
                      "%s.momentsOfTruth stepId must be the step's own id '%s', was '%s'",
                      at,
                      id(),
                      s));
      m.touchpointId()
          .ifPresent(
              t ->
                  checkArgument(
                      touchpointIds().contains(t),
                      "%s.momentsOfTruth touchpointId must be one of the step's touchpointIds %s,"
                          + " was '%s'",
                      at,
                      touchpointIds(),
                      t));
    }
    Set<String> kpiNames = new HashSet<>();
    for (Kpi k : kpis()) {
      checkArgument(
          kpiNames.add(k.name()), "%s.kpis must have unique names, was '%s' twice", at, k.name());
    }
  }

  @Override
  public final String toString() {
    StringBuilder s = new StringBuilder("Step{").append(id()).append(" '").append(name());
    s.append("' in ").append(stageId());
    emotion().ifPresent(e -> s.append(", ").append(e));
    if (!painPoints().isEmpty()) {
      s.append(", painPoints=").append(painPoints().size());
    }
    if (!next().isEmpty()) {
      s.append(", next=").append(next());
    }
    if (end()) {
      s.append(", end");
    }
    return s.append('}').toString();
  }

  /** Builds a {@link Step}. */
  public static final class Builder extends ImmutableStep.Builder {}
}
