package dev.cxkit.model.map;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * The structural difference between two journey maps, typically the current state and the future
 * state: the steps added and removed (matched by id) and, for each step in both, what changed,
 * including the change in emotion valence and in KPI values.
 *
 * {@snippet class=dev.cxkit.model.map.SnippetsTest region=mapDiff}
 */
@Value.Immutable
@JsonSerialize
public abstract class MapDiff {

  /** The {@link Step} fields compared, by name, in declaration order. */
  private static final Map<String, Function<Step, Object>> FIELDS = fields();

  MapDiff() {}

  /** "id vVERSION STATE" of the earlier map. */
  public abstract String beforeMap();

  /** "id vVERSION STATE" of the later map. */
  public abstract String afterMap();

  /** The steps only in the later map, in its order. */
  public abstract List<Step> added();

  /** The steps only in the earlier map, in its order. */
  public abstract List<Step> removed();

  /** The steps in both maps that differ, in the later map's order. */
  public abstract List<StepChange> changed();

  /** The difference from {@code before} to {@code after}. */
  public static MapDiff between(JourneyMap before, JourneyMap after) {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    List<Step> added = new ArrayList<>();
    List<StepChange> changed = new ArrayList<>();
    for (Step a : after.steps()) {
      Optional<Step> b = before.step(a.id());
      if (b.isEmpty()) {
        added.add(a);
      } else if (!b.get().equals(a)) {
        changed.add(compare(b.get(), a));
      }
    }
    List<Step> removed = new ArrayList<>();
    for (Step b : before.steps()) {
      if (after.step(b.id()).isEmpty()) {
        removed.add(b);
      }
    }
    return ImmutableMapDiff.builder()
        .beforeMap(label(before))
        .afterMap(label(after))
        .added(added)
        .removed(removed)
        .changed(changed)
        .build();
  }

  /** Returns true when the two maps have the same steps. */
  public final boolean isEmpty() {
    return added().isEmpty() && removed().isEmpty() && changed().isEmpty();
  }

  /** The change of the step with this id, if it is in both maps and differs. */
  public final Optional<StepChange> change(String stepId) {
    requireNonNull(stepId, "stepId");
    return changed().stream().filter(c -> c.stepId().equals(stepId)).findFirst();
  }

  private static StepChange compare(Step before, Step after) {
    List<String> fields = new ArrayList<>();
    FIELDS.forEach(
        (name, getter) -> {
          if (!getter.apply(before).equals(getter.apply(after))) {
            fields.add(name);
          }
        });
    Map<String, Kpi> beforeKpis = new LinkedHashMap<>();
    before.kpis().forEach(k -> beforeKpis.put(k.name(), k));
    List<KpiChange> kpiChanges = new ArrayList<>();
    for (Kpi k : after.kpis()) {
      Optional<Kpi> b = Optional.ofNullable(beforeKpis.remove(k.name()));
      if (!b.equals(Optional.of(k))) {
        kpiChanges.add(KpiChange.of(k.name(), b, Optional.of(k)));
      }
    }
    beforeKpis.forEach(
        (name, k) -> kpiChanges.add(KpiChange.of(name, Optional.of(k), Optional.empty())));
    return StepChange.of(
        after.id(),
        fields,
        before.emotion().map(e -> e.valence()),
        after.emotion().map(e -> e.valence()),
        kpiChanges);
  }

  private static Map<String, Function<Step, Object>> fields() {
    Map<String, Function<Step, Object>> f = new LinkedHashMap<>();
    f.put("name", Step::name);
    f.put("stageId", Step::stageId);
    f.put("goal", Step::goal);
    f.put("action", Step::action);
    f.put("touchpointIds", Step::touchpointIds);
    f.put("channelIds", Step::channelIds);
    f.put("thoughts", Step::thoughts);
    f.put("emotion", Step::emotion);
    f.put("painPoints", Step::painPoints);
    f.put("opportunities", Step::opportunities);
    f.put("momentsOfTruth", Step::momentsOfTruth);
    f.put("customerQuotes", Step::customerQuotes);
    f.put("kpis", Step::kpis);
    f.put("listeningPosts", Step::listeningPosts);
    f.put("tollgate", Step::tollgate);
    f.put("next", Step::next);
    f.put("end", Step::end);
    return f;
  }

  private static String label(JourneyMap m) {
    return m.id() + " v" + m.version() + " " + m.state();
  }

  @Override
  public final String toString() {
    StringBuilder s = new StringBuilder("MapDiff ").append(beforeMap()).append(" -> ");
    s.append(afterMap());
    if (isEmpty()) {
      return s.append(": no step changes").toString();
    }
    for (Step a : added()) {
      s.append("\n  + ").append(a.id()).append(" '").append(a.name()).append('\'');
    }
    for (Step r : removed()) {
      s.append("\n  - ").append(r.id()).append(" '").append(r.name()).append('\'');
    }
    for (StepChange c : changed()) {
      s.append("\n  ~ ").append(c);
    }
    return s.toString();
  }
}
