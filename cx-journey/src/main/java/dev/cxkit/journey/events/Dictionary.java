package dev.cxkit.journey.events;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps names (customer keys, touchpoints, channels, ...) to dense {@code int} ids 0, 1, 2, ... in
 * order of first appearance, and back. Not thread-safe.
 *
 * {@snippet class=dev.cxkit.journey.events.SnippetsTest region=dictionary}
 */
public final class Dictionary {
  private final String field;
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> names = new ArrayList<>();

  /** An empty dictionary for {@code field} (used in error messages). */
  public Dictionary(String field) {
    this.field = checkNotNull(field, "field");
  }

  /** The field this dictionary interns, for example {@code "touchpoint"}. */
  public String field() {
    return field;
  }

  /** The id of {@code name}, assigning the next id when it is new. */
  public int intern(String name) {
    checkNotNull(name, "name");
    Integer id = ids.get(name);
    if (id != null) {
      return id;
    }
    int next = names.size();
    ids.put(name, next);
    names.add(name);
    return next;
  }

  /** Whether {@code name} has an id. */
  public boolean contains(String name) {
    return ids.containsKey(checkNotNull(name, "name"));
  }

  /**
   * The id of {@code name}.
   *
   * @throws IllegalArgumentException naming the field and value when it was never interned
   */
  public int id(String name) {
    Integer id = ids.get(checkNotNull(name, "name"));
    checkArgument(id != null, "%s must be a known name, was '%s'", field, name);
    return id;
  }

  /** The name of {@code id}. */
  public String name(int id) {
    checkArgument(
        id >= 0 && id < names.size(),
        "%s id must be in 0..%s, was %s",
        field,
        names.size() - 1,
        id);
    return names.get(id);
  }

  /** Number of ids assigned. */
  public int size() {
    return names.size();
  }

  /** The names in id order (an unmodifiable snapshot). */
  public List<String> names() {
    return Collections.unmodifiableList(new ArrayList<>(names));
  }

  /**
   * The rank of each id when names are sorted ({@code rank[id]}), so that orders based on ids can
   * be made independent of the order names were first seen.
   */
  public int[] ranks() {
    Integer[] order = new Integer[names.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> names.get(a).compareTo(names.get(b)));
    int[] rank = new int[order.length];
    for (int r = 0; r < order.length; r++) {
      rank[order[r]] = r;
    }
    return rank;
  }

  @Override
  public String toString() {
    return field + " dictionary (" + names.size() + " names)";
  }
}
