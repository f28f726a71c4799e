package dev.cxkit.journey.events;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.journey.internal.NameInterner;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Maps names (customer keys, touchpoints, channels, ...) to dense {@code int} ids 0, 1, 2, ... in
 * order of first appearance, and back: a named view of cxkit's one name interner, so the byte-level
 * readers intern a field without creating a {@code String} when they have seen it before. Not
 * thread-safe.
 *
 * {@snippet class=dev.cxkit.journey.events.SnippetsTest region=dictionary}
 */
public final class Dictionary {
  private final String field;
  private final NameInterner names = new NameInterner();

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
    return names.intern(checkNotNull(name, "name"));
  }

  /** The id of the name spelled in UTF-8 by {@code bytes[from, to)}, assigning one when new. */
  int intern(byte[] bytes, int from, int to) {
    return names.intern(bytes, from, to);
  }

  /** Whether {@code name} has an id. */
  public boolean contains(String name) {
    return names.find(checkNotNull(name, "name")) >= 0;
  }

  /**
   * The id of {@code name}.
   *
   * @throws IllegalArgumentException naming the field and value when it was never interned
   */
  public int id(String name) {
    int id = names.find(checkNotNull(name, "name"));
    checkArgument(id >= 0, "%s must be a known name, was '%s'", field, name);
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
    return names.name(id);
  }

  /** Number of ids assigned. */
  public int size() {
    return names.size();
  }

  /** The names in id order (an unmodifiable snapshot). */
  public List<String> names() {
    return Collections.unmodifiableList(Arrays.asList(names.names()));
  }

  /**
   * The rank of each id when names are sorted ({@code rank[id]}), so that orders based on ids can
   * be made independent of the order names were first seen.
   */
  public int[] ranks() {
    String[] all = names.names();
    Integer[] order = new Integer[all.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> all[a].compareTo(all[b]));
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
