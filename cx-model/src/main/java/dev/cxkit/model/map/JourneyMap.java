package dev.cxkit.model.map;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cxkit.model.CxDocument;
import dev.cxkit.model.internal.Checks;
import dev.cxkit.model.journey.JourneyType;
import dev.cxkit.model.persona.Persona;
import dev.cxkit.model.persona.StageEngagement;
import dev.cxkit.model.touchpoint.Channel;
import dev.cxkit.model.touchpoint.Touchpoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A designed journey: the map a CX team draws of how a persona moves through stages and steps,
 * either as the journey is today ({@link MapState#CURRENT}) or as it should become ({@link
 * MapState#FUTURE}).
 *
 * <p>Steps are listed grouped by stage, in stage order. Transitions between steps are explicit
 * ({@link Step#next()}, defaulting to the following step), so maps may branch and loop; the map is
 * validated at construction: unique ids, every referenced id exists, the start steps exist and
 * every step is reachable from them. When the map embeds its touchpoint and channel catalogue, the
 * steps' touchpoint and channel ids must resolve in it, which makes the document self-contained.
 *
 * {@snippet class=dev.cxkit.model.map.SnippetsTest region=journeyMap}
 */
@Value.Immutable
@JsonSerialize
public abstract class JourneyMap implements CxDocument {

  JourneyMap() {}

  /**
   * The JSON format version of this document; only {@link CxDocument#SCHEMA_VERSION} is supported.
   */
  @Value.Default
  @Override
  public int schemaVersion() {
    return SCHEMA_VERSION;
  }

  /** The map id. */
  public abstract String id();

  /** The map's title. */
  public abstract String name();

  /** The map's own version label, for example "2" or "2024-Q3". */
  public abstract String version();

  /** Current ("as-is") or future ("to-be") state. */
  public abstract MapState state();

  /** What the map is about, its scope and sources. */
  public abstract Optional<String> description();

  /** The kind of journey mapped. */
  public abstract JourneyType journeyType();

  /** The personas (by id) whose journey this is. */
  public abstract List<String> personaIds();

  /** Embedded persona definitions; each must be listed in {@link #personaIds()}. */
  public abstract List<Persona> personas();

  /** The stages, in order. */
  public abstract List<MapStage> stages();

  /** The steps, grouped by stage in stage order. */
  public abstract List<Step> steps();

  /** The ids of the steps a journey may begin at; empty means the first step. */
  public abstract List<String> startStepIds();

  /** The embedded touchpoint catalogue; when not empty, steps' touchpoint ids must be in it. */
  public abstract List<Touchpoint> touchpoints();

  /**
   * The embedded channel catalogue; together with the touchpoints' channels, when not empty, steps'
   * channel ids must be in it.
   */
  public abstract List<Channel> channels();

  // ---- queries ----

  /** The step with this id, if any. */
  public final Optional<Step> step(String stepId) {
    requireNonNull(stepId, "stepId");
    return graph().contains(stepId)
        ? Optional.of(graph().step(graph().indexOf(stepId)))
        : Optional.empty();
  }

  /**
   * The steps that may follow {@code stepId}, in {@link Step#next()} order.
   *
   * @throws IllegalArgumentException if {@code stepId} is not a step of this map
   */
  public final List<Step> successors(String stepId) {
    requireNonNull(stepId, "stepId");
    return graph().successors(stepId);
  }

  /**
   * The steps that may lead to {@code stepId}, in map order.
   *
   * @throws IllegalArgumentException if {@code stepId} is not a step of this map
   */
  public final List<Step> predecessors(String stepId) {
    requireNonNull(stepId, "stepId");
    return graph().predecessors(stepId);
  }

  /** The steps a journey may begin at: {@link #startStepIds()}, or the first step. */
  public final List<Step> startSteps() {
    return graph().startSteps();
  }

  /** The steps with no successor, in map order. */
  public final List<Step> endSteps() {
    return graph().endSteps();
  }

  /**
   * The steps of one stage, in map order.
   *
   * @throws IllegalArgumentException if {@code stageId} is not a stage of this map
   */
  public final List<Step> stepsInStage(String stageId) {
    requireNonNull(stageId, "stageId");
    return graph().stepsInStage(stageId);
  }

  /** The stage with this id, if any. */
  public final Optional<MapStage> stage(String stageId) {
    requireNonNull(stageId, "stageId");
    return stages().stream().filter(s -> s.id().equals(stageId)).findFirst();
  }

  /** The valence felt at each step that records an emotion, in map order. */
  public final List<EmotionPoint> emotionCurve() {
    List<EmotionPoint> curve = new ArrayList<>();
    for (Step s : steps()) {
      s.emotion().ifPresent(e -> curve.add(new EmotionPoint(s.id(), s.stageId(), e.valence())));
    }
    return Collections.unmodifiableList(curve);
  }

  /** The embedded touchpoint with this id, if any. */
  public final Optional<Touchpoint> touchpoint(String touchpointId) {
    requireNonNull(touchpointId, "touchpointId");
    return touchpoints().stream().filter(t -> t.id().equals(touchpointId)).findFirst();
  }

  /** The embedded channel with this id (from the channels or the touchpoints), if any. */
  public final Optional<Channel> channel(String channelId) {
    requireNonNull(channelId, "channelId");
    return Optional.ofNullable(channelCatalogue().get(channelId));
  }

  /** The embedded persona with this id, if any. */
  public final Optional<Persona> persona(String personaId) {
    requireNonNull(personaId, "personaId");
    return personas().stream().filter(p -> p.id().equals(personaId)).findFirst();
  }

  /**
   * Who takes part in a stage and how (B2B buying groups): each embedded persona's engagement in
   * the stage, found under the stage's id or else under its lifecycle stage id, keyed by persona id
   * in persona order.
   *
   * @throws IllegalArgumentException if {@code stageId} is not a stage of this map
   */
  public final Map<String, StageEngagement> engagementsIn(String stageId) {
    requireNonNull(stageId, "stageId");
    MapStage stage =
        stage(stageId)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "stageId must name a stage of the map, was '" + stageId + "'"));
    Map<String, StageEngagement> out = new LinkedHashMap<>();
    for (Persona p : personas()) {
      Optional<StageEngagement> e =
          p.engagementIn(stage.id()).or(() -> stage.lifecycleStageId().flatMap(p::engagementIn));
      e.ifPresent(engagement -> out.put(p.id(), engagement));
    }
    return Collections.unmodifiableMap(out);
  }

  @Value.Lazy
  StepGraph graph() {
    return new StepGraph(stages(), steps(), startStepIds());
  }

  @Value.Lazy
  Map<String, Channel> channelCatalogue() {
    Map<String, Channel> catalogue = new HashMap<>();
    for (Channel c : channels()) {
      checkArgument(
          catalogue.put(c.id(), c) == null,
          "channels must have unique ids, was '%s' twice",
          c.id());
    }
    for (Touchpoint t : touchpoints()) {
      Channel known = catalogue.putIfAbsent(t.channel().id(), t.channel());
      checkArgument(
          known == null || known.equals(t.channel()),
          "touchpoint '%s'.channel must match channel '%s' defined elsewhere in the map (%s), was %s",
          t.id(),
          t.channel().id(),
          known,
          t.channel());
    }
    return catalogue;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    CxDocument.checkSchemaVersion(schemaVersion());
    Checks.id("map.id", id());
    String at = "map '" + id() + "'";
    Checks.nonBlank(at + ".name", name());
    Checks.nonBlank(at + ".version", version());
    description().ifPresent(d -> Checks.nonBlank(at + ".description", d));
    Checks.allIds(at + ".personaIds", personaIds());
    Checks.allIds(at + ".startStepIds", startStepIds());
    Checks.unique(at + ".personaIds", personaIds());
    Checks.unique(at + ".startStepIds", startStepIds());
    Set<String> personaIds = new HashSet<>(personaIds());
    Set<String> stageIds = new HashSet<>();
    for (MapStage s : stages()) {
      stageIds.add(s.id());
      s.lifecycleStageId().ifPresent(stageIds::add);
    }
    Set<String> seenPersonas = new HashSet<>();
    for (Persona p : personas()) {
      checkArgument(
          seenPersonas.add(p.id()), "%s.personas must have unique ids, was '%s' twice", at, p.id());
      checkArgument(
          personaIds.contains(p.id()),
          "%s.personas must be listed in personaIds %s, was '%s'",
          at,
          personaIds(),
          p.id());
      for (String stage : p.stageEngagements().keySet()) {
        checkArgument(
            stageIds.contains(stage),
            "%s persona '%s'.stageEngagements must name stages of the map, was '%s'",
            at,
            p.id(),
            stage);
      }
    }
    graph();
    Set<String> touchpointIds = new HashSet<>();
    for (Touchpoint t : touchpoints()) {
      checkArgument(
          touchpointIds.add(t.id()),
          "%s.touchpoints must have unique ids, was '%s' twice",
          at,
          t.id());
    }
    Map<String, Channel> channels = channelCatalogue();
    for (Step s : steps()) {
      if (!touchpointIds.isEmpty()) {
        for (String t : s.touchpointIds()) {
          checkArgument(
              touchpointIds.contains(t),
              "step '%s'.touchpointIds must name touchpoints of the map's catalogue, was '%s'",
              s.id(),
              t);
        }
      }
      if (!channels.isEmpty()) {
        for (String c : s.channelIds()) {
          checkArgument(
              channels.containsKey(c),
              "step '%s'.channelIds must name channels of the map's catalogue, was '%s'",
              s.id(),
              c);
        }
      }
      for (CustomerQuote q : s.customerQuotes()) {
        q.personaId()
            .ifPresent(
                p ->
                    checkArgument(
                        personaIds.contains(p),
                        "step '%s' customerQuote.personaId must name a persona of the map %s,"
                            + " was '%s'",
                        s.id(),
                        personaIds(),
                        p));
      }
    }
  }

  @Override
  public final String toString() {
    return "JourneyMap{"
        + id()
        + " v"
        + version()
        + " "
        + state()
        + " '"
        + name()
        + "', "
        + journeyType()
        + ", stages="
        + stages().stream().map(MapStage::id).toList()
        + ", steps="
        + steps().size()
        + "}";
  }

  /** Builds a {@link JourneyMap}. */
  public static final class Builder extends ImmutableJourneyMap.Builder {}
}
