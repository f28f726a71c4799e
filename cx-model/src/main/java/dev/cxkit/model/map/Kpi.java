package dev.cxkit.model.map;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cxkit.model.internal.Checks;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A key performance indicator tracked at a journey step: what it is called, how it is measured, its
 * target and its current value.
 *
 * {@snippet class=dev.cxkit.model.map.SnippetsTest region=kpi}
 */
@Value.Immutable
@JsonSerialize
public abstract class Kpi {

  Kpi() {}

  /** The KPI's name, unique within its step (the diff matches KPIs by name). */
  public abstract String name();

  /** How the KPI is measured. */
  public abstract String metric();

  /** The target value, when one is set. */
  public abstract Optional<Double> target();

  /** The latest measured value, when known. */
  public abstract Optional<Double> current();

  /** The unit of {@link #target()} and {@link #current()}, for example "%", "minutes", "ratio". */
  public abstract Optional<String> unit();

  /** {@code target - current} when both are known. */
  public final Optional<Double> gapToTarget() {
    return target().isPresent() && current().isPresent()
        ? Optional.of(target().get() - current().get())
        : Optional.empty();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A KPI without values yet. */
  public static Kpi of(String name, String metric) {
    return builder().name(name).metric(metric).build();
  }

  @Value.Check
  final void check() {
    Checks.nonBlank("kpi.name", name());
    Checks.nonBlank("kpi.metric", metric());
    target().ifPresent(t -> Checks.finite("kpi.target", t));
    current().ifPresent(c -> Checks.finite("kpi.current", c));
    unit().ifPresent(u -> Checks.nonBlank("kpi.unit", u));
  }

  @Override
  public final String toString() {
    StringBuilder s = new StringBuilder("Kpi{'").append(name()).append("' (").append(metric());
    s.append(')');
    current().ifPresent(c -> s.append(String.format(Locale.ROOT, ", current=%s", c)));
    target().ifPresent(t -> s.append(String.format(Locale.ROOT, ", target=%s", t)));
    unit().ifPresent(u -> s.append(' ').append(u));
    return s.append('}').toString();
  }

  /** Builds a {@link Kpi}. */
  public static final class Builder extends ImmutableKpi.Builder {}
}
