package dev.cxkit.model.map;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Argument checks shared by the journey-map types; messages name field, value and rule. */
final class Checks {

  private Checks() {}

  /** An id: non-blank, bounded length, no surrounding spaces or control characters. */
  static void id(String field, String value) {
    dev.cxkit.model.internal.Checks.id(field, value);
  }

  static void nonBlank(String field, String value) {
    checkArgument(!value.isBlank(), "%s must not be blank, was '%s'", field, value);
  }

  static void allNonBlank(String field, Collection<String> values) {
    int i = 0;
    for (String v : values) {
      checkArgument(!v.isBlank(), "%s[%s] must not be blank, was '%s'", field, i, v);
      i++;
    }
  }

  static void allIds(String field, Collection<String> values) {
    int i = 0;
    for (String v : values) {
      id(field + "[" + i + "]", v);
      i++;
    }
  }

  static void unique(String field, Collection<String> values) {
    Set<String> seen = new HashSet<>();
    for (String v : values) {
      checkArgument(seen.add(v), "%s must hold unique ids, was '%s' twice", field, v);
    }
  }

  static void finite(String field, double value) {
    checkArgument(Double.isFinite(value), "%s must be a finite number, was %s", field, value);
  }

  static void inRange(String field, int value, int min, int max) {
    checkArgument(
        value >= min && value <= max, "%s must be %s..%s, was %s", field, min, max, value);
  }
}
