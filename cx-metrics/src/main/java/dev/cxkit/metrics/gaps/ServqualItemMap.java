package dev.cxkit.metrics.gaps;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which questionnaire items belong to which service-quality dimension. Items are numbered from 1 in
 * the order of the response columns; every item belongs to exactly one dimension.
 *
 * {@snippet class=dev.cxkit.metrics.gaps.SnippetsTest region=servqualItemMap}
 */
public final class ServqualItemMap {

  private final List<String> dimensions;
  private final int[][] items;
  private final int itemCount;

  private ServqualItemMap(List<String> dimensions, int[][] items, int itemCount) {
    this.dimensions = dimensions;
    this.items = items;
    this.itemCount = itemCount;
  }

  /**
   * Parasuraman, Zeithaml &amp; Berry (1988; refined 1991) 22-item SERVQUAL with the RATER
   * dimensions: Tangibles 1–4, Reliability 5–9, Responsiveness 10–13, Assurance 14–17, Empathy
   * 18–22.
   */
  public static ServqualItemMap rater22() {
    Map<String, List<Integer>> m = new LinkedHashMap<>();
    m.put("Tangibles", List.of(1, 2, 3, 4));
    m.put("Reliability", List.of(5, 6, 7, 8, 9));
    m.put("Responsiveness", List.of(10, 11, 12, 13));
    m.put("Assurance", List.of(14, 15, 16, 17));
    m.put("Empathy", List.of(18, 19, 20, 21, 22));
    return of(m);
  }

  /**
   * A map from dimension names (iteration order kept) to 1-based item numbers.
   *
   * @throws IllegalArgumentException when a dimension is empty, an item is listed twice, or the
   *     items are not exactly 1..k
   */
  public static ServqualItemMap of(Map<String, List<Integer>> dimensionItems) {
    checkNotNull(dimensionItems, "dimensionItems");
    checkArgument(
        !dimensionItems.isEmpty(), "dimensions must not be empty, was %s", dimensionItems);
    List<String> names = new ArrayList<>();
    int[][] items = new int[dimensionItems.size()][];
    int total = 0;
    int d = 0;
    for (Map.Entry<String, List<Integer>> e : dimensionItems.entrySet()) {
      checkArgument(
          !e.getValue().isEmpty(), "dimension '%s' must have at least one item", e.getKey());
      names.add(e.getKey());
      items[d++] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
      total += e.getValue().size();
    }
    boolean[] seen = new boolean[total + 1];
    for (int[] dim : items) {
      for (int item : dim) {
        checkArgument(
            item >= 1 && item <= total, "item numbers must be 1..%s, was %s", total, item);
        checkArgument(!seen[item], "item %s must belong to exactly one dimension", item);
        seen[item] = true;
      }
    }
    return new ServqualItemMap(List.copyOf(names), items, total);
  }

  /** The dimension names in order. */
  public List<String> dimensions() {
    return dimensions;
  }

  /** The number of items. */
  public int itemCount() {
    return itemCount;
  }

  /** The 1-based item numbers of the dimension at {@code index}. */
  public int[] items(int index) {
    return items[index].clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ServqualItemMap m
        && dimensions.equals(m.dimensions)
        && Arrays.deepEquals(items, m.items);
  }

  @Override
  public int hashCode() {
    return dimensions.hashCode() * 31 + Arrays.deepHashCode(items);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ServqualItemMap{");
    for (int d = 0; d < dimensions.size(); d++) {
      if (d > 0) {
        sb.append(", ");
      }
      sb.append(dimensions.get(d)).append('=').append(Arrays.toString(items[d]));
    }
    return sb.append('}').toString();
  }
}
