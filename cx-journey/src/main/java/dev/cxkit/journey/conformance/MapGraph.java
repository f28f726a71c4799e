package dev.cxkit.journey.conformance;

import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.map.Step;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A journey map's step graph on dense indices (map order) with, for every source (each step, and
 * the virtual "not started" state {@code S}), the number of edges of a shortest walk to every step
 * and the BFS parent tree to reconstruct it. From the virtual state, reaching a start step takes
 * one edge.
 */
final class MapGraph {
  static final int INF = Integer.MAX_VALUE / 4;

  final JourneyMap map;
  final int size;
  final String[] ids;
  final int[][] successors;
  final boolean[] start;

  /** {@code hops[s * size + x]}: edges of a shortest walk from s to x, at least 1; INF if none. */
  final int[] hops;

  /** {@code parent[s * size + x]}: the step before x on that walk, or {@code size} for virtual. */
  final int[] parent;

  private final Map<String, Integer> index = new HashMap<>();

  MapGraph(JourneyMap map) {
    this.map = map;
    List<Step> steps = map.steps();
    size = steps.size();
    ids = new String[size];
    for (int i = 0; i < size; i++) {
      ids[i] = steps.get(i).id();
      index.put(ids[i], i);
    }
    successors = new int[size][];
    for (int i = 0; i < size; i++) {
      successors[i] = map.successors(ids[i]).stream().mapToInt(s -> index.get(s.id())).toArray();
    }
    start = new boolean[size];
    for (Step s : map.startSteps()) {
      start[java.util.Objects.requireNonNull(index.get(s.id()), s.id())] = true;
    }
    hops = new int[(size + 1) * size];
    parent = new int[(size + 1) * size];
    Arrays.fill(hops, INF);
    for (int s = 0; s <= size; s++) {
      bfs(s);
    }
  }

  private void bfs(int source) {
    int base = source * size;
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    int[] first = source == size ? startIndices() : successors[source];
    for (int t : first) {
      if (hops[base + t] == INF) {
        hops[base + t] = 1;
        parent[base + t] = source;
        queue.add(t);
      }
    }
    while (!queue.isEmpty()) {
      int u = queue.poll();
      for (int t : successors[u]) {
        if (hops[base + t] == INF) {
          hops[base + t] = hops[base + u] + 1;
          parent[base + t] = u;
          queue.add(t);
        }
      }
    }
  }

  int[] startIndices() {
    int count = 0;
    for (boolean b : start) {
      count += b ? 1 : 0;
    }
    int[] out = new int[count];
    int k = 0;
    for (int i = 0; i < size; i++) {
      if (start[i]) {
        out[k++] = i;
      }
    }
    return out;
  }

  int indexOf(String stepId) {
    Integer i = index.get(stepId);
    if (i == null) {
      throw new IllegalArgumentException(
          "stepId must name a step of map '" + map.id() + "', was '" + stepId + "'");
    }
    return i;
  }

  /** Steps strictly between {@code from} (a step or virtual) and {@code to}, in walk order. */
  int between(int from, int to, int[] out) {
    int n = hops[from * size + to] - 1;
    int x = to;
    for (int k = n - 1; k >= 0; k--) {
      x = parent[from * size + x];
      out[k] = x;
    }
    return n;
  }
}
