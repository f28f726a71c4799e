package dev.cxkit.journey.conformance;

import static java.util.Objects.requireNonNull;

import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.map.Step;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which designed steps of a journey map an observed event may stand for, from its touchpoint and
 * channel. Resolution, first rule that gives steps wins: an explicit touchpoint mapping ({@link
 * #withTouchpoint}); the steps listing the touchpoint in {@link Step#touchpointIds()} (or a step
 * whose id equals the touchpoint id); an explicit channel mapping ({@link #withChannel}); when
 * {@link #byTouchpointThenChannel} was chosen, the steps listing the channel in {@link
 * Step#channelIds()}. An event matching no step is an <em>unplanned</em> touchpoint. An event may
 * match several steps (a touchpoint used at two steps); the alignment picks the best.
 *
 * {@snippet class=dev.cxkit.journey.conformance.SnippetsTest region=stepMatcher}
 */
public final class StepMatcher {
  private final JourneyMap map;
  private final boolean channels;
  private final Map<String, List<String>> touchpointRules;
  private final Map<String, List<String>> channelRules;

  private StepMatcher(
      JourneyMap map,
      boolean channels,
      Map<String, List<String>> touchpointRules,
      Map<String, List<String>> channelRules) {
    this.map = map;
    this.channels = channels;
    this.touchpointRules = touchpointRules;
    this.channelRules = channelRules;
  }

  /** Matches events by touchpoint only: the steps' touchpoint ids (or step ids). */
  public static StepMatcher byTouchpoint(JourneyMap map) {
    return new StepMatcher(requireNonNull(map, "map"), false, Map.of(), Map.of());
  }

  /** Matches by touchpoint, and events whose touchpoint matches no step by the steps' channels. */
  public static StepMatcher byTouchpointThenChannel(JourneyMap map) {
    return new StepMatcher(requireNonNull(map, "map"), true, Map.of(), Map.of());
  }

  /**
   * This matcher with events of {@code touchpointId} standing for {@code stepIds}.
   *
   * @throws IllegalArgumentException if a step id is not a step of the map
   */
  public StepMatcher withTouchpoint(String touchpointId, String... stepIds) {
    requireNonNull(touchpointId, "touchpointId");
    Map<String, List<String>> rules = new LinkedHashMap<>(touchpointRules);
    rules.put(touchpointId, checkSteps("touchpoint '" + touchpointId + "'", stepIds));
    return new StepMatcher(map, channels, Collections.unmodifiableMap(rules), channelRules);
  }

  /**
   * This matcher with events in {@code channelId} (whose touchpoint matches no step) standing for
   * {@code stepIds}.
   *
   * @throws IllegalArgumentException if a step id is not a step of the map
   */
  public StepMatcher withChannel(String channelId, String... stepIds) {
    requireNonNull(channelId, "channelId");
    Map<String, List<String>> rules = new LinkedHashMap<>(channelRules);
    rules.put(channelId, checkSteps("channel '" + channelId + "'", stepIds));
    return new StepMatcher(map, channels, touchpointRules, Collections.unmodifiableMap(rules));
  }

  private List<String> checkSteps(String what, String[] stepIds) {
    if (stepIds.length == 0) {
      throw new IllegalArgumentException(
          "matcher rule for " + what + ": stepIds must not be empty, was []");
    }
    for (String s : stepIds) {
      requireNonNull(s, "stepId");
      if (map.step(s).isEmpty()) {
        throw new IllegalArgumentException(
            "matcher rule for "
                + what
                + ": stepId must name a step of map '"
                + map.id()
                + "', was '"
                + s
                + "'");
      }
    }
    return List.of(stepIds);
  }

  /** The map whose steps events are matched to. */
  public JourneyMap map() {
    return map;
  }

  /** The step ids an event with this touchpoint and channel stands for; empty if unplanned. */
  public List<String> steps(String touchpointId, String channelId) {
    requireNonNull(touchpointId, "touchpointId");
    requireNonNull(channelId, "channelId");
    List<String> explicit = touchpointRules.get(touchpointId);
    if (explicit != null) {
      return explicit;
    }
    List<String> out = new ArrayList<>();
    for (Step s : map.steps()) {
      if (s.touchpointIds().contains(touchpointId) || s.id().equals(touchpointId)) {
        out.add(s.id());
      }
    }
    if (!out.isEmpty()) {
      return Collections.unmodifiableList(out);
    }
    explicit = channelRules.get(channelId);
    if (explicit != null) {
      return explicit;
    }
    if (channels) {
      for (Step s : map.steps()) {
        if (s.channelIds().contains(channelId)) {
          out.add(s.id());
        }
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** Whether channels are used for events whose touchpoint matches no step. */
  public boolean usesChannels() {
    return channels || !channelRules.isEmpty();
  }

  @Override
  public String toString() {
    return "StepMatcher{map="
        + map.id()
        + (channels ? ", touchpoint then channel" : ", touchpoint")
        + (touchpointRules.isEmpty() ? "" : ", touchpointRules=" + touchpointRules)
        + (channelRules.isEmpty() ? "" : ", channelRules=" + channelRules)
        + "}";
  }
}
