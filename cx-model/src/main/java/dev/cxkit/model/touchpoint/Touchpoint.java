package dev.cxkit.model.touchpoint;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cxkit.model.internal.Checks;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A point of contact between customer and company: where it happens ({@link Channel}), in which
 * lifecycle stages, who owns it and which business function answers for it.
 *
 * <p>The company's {@link #controlLevel()} is not stored: it derives from {@link #ownership()} by
 * the rule documented on {@link Ownership}. Internal process touchpoints (a bill, a quote, a
 * technician's visit) are marked with {@link #internalProcess()}.
 *
 * {@snippet class=dev.cxkit.model.touchpoint.SnippetsTest region=touchpoint}
 */
@Value.Immutable
@JsonSerialize
public abstract class Touchpoint {

  Touchpoint() {}

  /** Stable identifier, for example {@code "support-call"}. */
  public abstract String id();

  /** Human-readable name. */
  public abstract String name();

  /** The channel the touchpoint happens in. */
  public abstract Channel channel();

  /** Ids of the lifecycle stages in which the touchpoint occurs; empty when not assigned. */
  public abstract Set<String> stageIds();

  /** The business function that owns the touchpoint, when known. */
  public abstract Optional<BusinessFunction> owningFunction();

  /** Who owns the touchpoint. */
  public abstract Ownership ownership();

  /**
   * Whether this is an internal process touchpoint (billing, quoting, field service, workflow, ...)
   * rather than a marketing or service touchpoint. Defaults to false.
   */
  @Value.Default
  public boolean internalProcess() {
    return false;
  }

  /** The company's control over the touchpoint, derived from {@link #ownership()}. */
  public final ControlLevel controlLevel() {
    return ownership().controlLevel();
  }

  /** Whether the touchpoint occurs in the given lifecycle stage. */
  public final boolean occursIn(String stageId) {
    requireNonNull(stageId, "stageId");
    return stageIds().contains(stageId);
  }

  /**
   * A builder; {@code stageIds}, {@code owningFunction} and {@code internalProcess} are optional.
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Checks.id("touchpoint id", id());
    Checks.text("touchpoint '" + id() + "' name", name());
    for (String stageId : stageIds()) {
      Checks.id("touchpoint '" + id() + "' stageIds entry", stageId);
    }
  }

  @Override
  public final String toString() {
    return "Touchpoint{"
        + id()
        + " '"
        + name()
        + "', channel="
        + channel().id()
        + ", stages="
        + stageIds()
        + owningFunction().map(f -> ", function=" + f.id()).orElse("")
        + ", "
        + ownership()
        + "/"
        + controlLevel()
        + (internalProcess() ? ", internal process" : "")
        + "}";
  }

  /** Builds a {@link Touchpoint}. */
  public static final class Builder extends ImmutableTouchpoint.Builder {}
}
