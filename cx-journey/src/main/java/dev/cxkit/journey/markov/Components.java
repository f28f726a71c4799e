package dev.cxkit.journey.markov;

import java.util.Arrays;

/**
 * Strongly connected components of a directed graph given as edge lists (Tarjan's algorithm,
 * iterative). Components come out in reverse topological order: every edge leaving a component
 * points into a component emitted earlier, which is the order in which absorption probabilities can
 * be solved block by block.
 */
final class Components {
  private Components() {}

  /** The component index of each of the {@code n} nodes, numbered in emission order. */
  static int[] of(int n, int edgeCount, int[] from, int[] to) {
    int[] start = new int[n + 1];
    for (int e = 0; e < edgeCount; e++) {
      start[from[e] + 1]++;
    }
    for (int i = 0; i < n; i++) {
      start[i + 1] += start[i];
    }
    int[] fill = Arrays.copyOf(start, n);
    int[] adj = new int[edgeCount];
    for (int e = 0; e < edgeCount; e++) {
      adj[fill[from[e]]++] = to[e];
    }
    int[] index = new int[n];
    Arrays.fill(index, -1);
    int[] low = new int[n];
    int[] component = new int[n];
    boolean[] onStack = new boolean[n];
    int[] stack = new int[n];
    int stackSize = 0;
    int[] callNode = new int[n];
    int[] callEdge = new int[n];
    int next = 0;
    int components = 0;
    for (int root = 0; root < n; root++) {
      if (index[root] >= 0) {
        continue;
      }
      int depth = 0;
      callNode[0] = root;
      callEdge[0] = start[root];
      index[root] = low[root] = next++;
      stack[stackSize++] = root;
      onStack[root] = true;
      while (depth >= 0) {
        int v = callNode[depth];
        if (callEdge[depth] < start[v + 1]) {
          int w = adj[callEdge[depth]++];
          if (index[w] < 0) {
            index[w] = low[w] = next++;
            stack[stackSize++] = w;
            onStack[w] = true;
            depth++;
            callNode[depth] = w;
            callEdge[depth] = start[w];
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], index[w]);
          }
        } else {
          if (low[v] == index[v]) {
            int w;
            do {
              w = stack[--stackSize];
              onStack[w] = false;
              component[w] = components;
            } while (w != v);
            components++;
          }
          depth--;
          if (depth >= 0) {
            int parent = callNode[depth];
            low[parent] = Math.min(low[parent], low[v]);
          }
        }
      }
    }
    return component;
  }
}
