package dev.cxkit.model.lifecycle;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cxkit.model.internal.Checks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An ordered customer lifecycle: stages in their explicit order, each in a {@link LifecyclePhase}.
 *
 * <p>Rules: at least one stage, unique stage ids, and phases never go backwards (every prepurchase
 * stage precedes every purchase stage, which precedes every postpurchase stage). Loops such as
 * re-purchase are modelled by journeys, not by reordering the lifecycle.
 *
 * {@snippet class=dev.cxkit.model.lifecycle.SnippetsTest region=lifecycleModel}
 */
@Value.Immutable
@JsonSerialize
public abstract class LifecycleModel {

  LifecycleModel() {}

  /** The model's name, for example {@code "standard"}. */
  public abstract String name();

  /** The stages in lifecycle order. */
  public abstract List<LifecycleStage> stages();

  /** A builder; add stages in their lifecycle order. */
  public static Builder builder() {
    return new Builder();
  }

  /** A model with the given stages in the given order. */
  public static LifecycleModel of(String name, List<LifecycleStage> stages) {
    return builder().name(name).addAllStages(stages).build();
  }

  /**
   * The standard lifecycle: awareness, consideration (prepurchase); selection, purchase (purchase);
   * retention, advocacy (postpurchase).
   */
  public static LifecycleModel standard() {
    return builder()
        .name("standard")
        .addStages(
            LifecycleStage.of("awareness", "Awareness", LifecyclePhase.PREPURCHASE),
            LifecycleStage.of("consideration", "Consideration", LifecyclePhase.PREPURCHASE),
            LifecycleStage.of("selection", "Selection", LifecyclePhase.PURCHASE),
            LifecycleStage.of("purchase", "Purchase", LifecyclePhase.PURCHASE),
            LifecycleStage.of("retention", "Retention", LifecyclePhase.POSTPURCHASE),
            LifecycleStage.of("advocacy", "Advocacy", LifecyclePhase.POSTPURCHASE))
        .build();
  }

  @Value.Lazy
  Map<String, Integer> indexById() {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < stages().size(); i++) {
      index.put(stages().get(i).id(), i);
    }
    return index;
  }

  /** Whether a stage with this id is part of the model. */
  public final boolean contains(String stageId) {
    requireNonNull(stageId, "stageId");
    return indexById().containsKey(stageId);
  }

  /** The stage with this id, if any. */
  public final Optional<LifecycleStage> find(String stageId) {
    requireNonNull(stageId, "stageId");
    Integer index = indexById().get(stageId);
    return index == null ? Optional.empty() : Optional.of(stages().get(index));
  }

  /**
   * The stage with this id.
   *
   * @throws IllegalArgumentException when the model has no such stage
   */
  public final LifecycleStage stage(String stageId) {
    return stages().get(indexOf(stageId));
  }

  /**
   * The 0-based position of the stage in the lifecycle.
   *
   * @throws IllegalArgumentException when the model has no such stage
   */
  public final int indexOf(String stageId) {
    requireNonNull(stageId, "stageId");
    Integer index = indexById().get(stageId);
    checkArgument(
        index != null,
        "stageId must be a stage of lifecycle model '%s' %s, was '%s'",
        name(),
        stageIds(),
        stageId);
    return index;
  }

  /** The stage ids in lifecycle order. */
  public final List<String> stageIds() {
    return stages().stream().map(LifecycleStage::id).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Whether stage {@code first} comes strictly before stage {@code second}.
   *
   * @throws IllegalArgumentException when either stage is not in the model
   */
  public final boolean isBefore(String first, String second) {
    requireNonNull(first, "first");
    requireNonNull(second, "second");
    return indexOf(first) < indexOf(second);
  }

  @Value.Check
  final void check() {
    Checks.text("lifecycle model name", name());
    checkArgument(
        !stages().isEmpty(), "lifecycle model '%s' stages must not be empty, was []", name());
    Checks.uniqueIds("lifecycle model '" + name() + "' stages", stages(), LifecycleStage::id);
    for (int i = 1; i < stages().size(); i++) {
      LifecycleStage previous = stages().get(i - 1);
      LifecycleStage current = stages().get(i);
      checkArgument(
          current.phase().compareTo(previous.phase()) >= 0,
          "lifecycle model '%s' stages must not go back a phase, was %s (%s) after %s (%s)",
          name(),
          current.id(),
          current.phase(),
          previous.id(),
          previous.phase());
    }
  }

  @Override
  public final String toString() {
    return "LifecycleModel{" + name() + ": " + String.join(" -> ", stageIds()) + "}";
  }

  /** Builds a {@link LifecycleModel}. */
  public static final class Builder extends ImmutableLifecycleModel.Builder {}
}
