package dev.cxkit.model.map;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How one KPI (matched by name) differs between the same step of two maps: added, removed, or
 * changed (target, current value, metric or unit).
 *
 * {@snippet class=dev.cxkit.model.map.SnippetsTest region=kpiChange}
 */
@Value.Immutable
@JsonSerialize
public abstract class KpiChange {

  KpiChange() {}

  /** The KPI's name. */
  public abstract String name();

  /** The KPI in the earlier map, if measured there. */
  public abstract Optional<Kpi> before();

  /** The KPI in the later map, if measured there. */
  public abstract Optional<Kpi> after();

  /** A change; at least one side present, names matching, the two sides different. */
  public static KpiChange of(String name, Optional<Kpi> before, Optional<Kpi> after) {
    return ImmutableKpiChange.builder().name(name).before(before).after(after).build();
  }

  @Value.Check
  final void check() {
    String name = name();
    Optional<Kpi> before = before();
    Optional<Kpi> after = after();
    checkArgument(
        before.isPresent() || after.isPresent(),
        "kpiChange '%s' must have a before or an after KPI, was neither",
        name);
    before.ifPresent(
        k -> checkArgument(k.name().equals(name), "before.name must be '%s', was '%s'", name, k));
    after.ifPresent(
        k -> checkArgument(k.name().equals(name), "after.name must be '%s', was '%s'", name, k));
    checkArgument(!before.equals(after), "kpiChange '%s' must change the KPI, was equal", name);
  }

  /** The change of the current value, {@code after - before}, when both sides have one. */
  public final Optional<Double> currentChange() {
    Optional<Double> b = before().flatMap(Kpi::current);
    Optional<Double> a = after().flatMap(Kpi::current);
    return b.isPresent() && a.isPresent() ? Optional.of(a.get() - b.get()) : Optional.empty();
  }

  /** The change of the target, {@code after - before}, when both sides have one. */
  public final Optional<Double> targetChange() {
    Optional<Double> b = before().flatMap(Kpi::target);
    Optional<Double> a = after().flatMap(Kpi::target);
    return b.isPresent() && a.isPresent() ? Optional.of(a.get() - b.get()) : Optional.empty();
  }

  @Override
  public final String toString() {
    String name = name();
    Optional<Kpi> before = before();
    Optional<Kpi> after = after();
    if (before.isEmpty()) {
      return "kpi '" + name + "' added";
    }
    if (after.isEmpty()) {
      return "kpi '" + name + "' removed";
    }
    StringBuilder s = new StringBuilder("kpi '").append(name).append('\'');
    s.append(" current ").append(value(before.get().current()));
    s.append(" -> ").append(value(after.get().current()));
    currentChange().ifPresent(d -> s.append(String.format(Locale.ROOT, " (%+.4g)", d)));
    s.append(", target ").append(value(before.get().target()));
    s.append(" -> ").append(value(after.get().target()));
    return s.toString();
  }

  private static String value(Optional<Double> v) {
    return v.map(d -> String.format(Locale.ROOT, "%.4g", d)).orElse("n/a");
  }
}
