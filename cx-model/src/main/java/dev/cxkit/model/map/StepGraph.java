package dev.cxkit.model.map;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The validated transition graph of a journey map's steps, on dense int indices (map order).
 * Construction checks: unique stage and step ids, every step's stage exists, steps grouped by stage
 * in stage order, every {@code next} id and start id names a step, every step reachable from the
 * start steps. Messages name the offending id and the rule.
 */
final class StepGraph {

  private final List<Step> steps;
  private final Map<String, Integer> index;
  private final Map<String, List<Step>> byStage;
  private final int[][] successors;
  private final int[][] predecessors;
  private final int[] starts;

  StepGraph(List<MapStage> stages, List<Step> steps, List<String> startStepIds) {
    this.steps = steps;
    checkArgument(!stages.isEmpty(), "stages must not be empty, was %s", stages);
    checkArgument(!steps.isEmpty(), "steps must not be empty, was %s", steps);
    Map<String, Integer> stageOrder = new LinkedHashMap<>();
    byStage = new HashMap<>();
    for (MapStage stage : stages) {
      checkArgument(
          stageOrder.put(stage.id(), stageOrder.size()) == null,
          "stages must have unique ids, was '%s' twice",
          stage.id());
      byStage.put(stage.id(), new ArrayList<>());
    }
    index = new HashMap<>();
    int n = steps.size();
    int previousStage = 0;
    for (int i = 0; i < n; i++) {
      Step s = steps.get(i);
      checkArgument(
          index.put(s.id(), i) == null, "steps must have unique ids, was '%s' twice", s.id());
      Integer stage = stageOrder.get(s.stageId());
      checkArgument(
          stage != null,
          "step '%s'.stageId must name a stage of the map %s, was '%s'",
          s.id(),
          stageOrder.keySet(),
          s.stageId());
      checkArgument(
          stage >= previousStage,
          "step '%s' must be listed in stage order (grouped by stage), was in stage '%s' after a"
              + " step of stage '%s'",
          s.id(),
          s.stageId(),
          stages.get(previousStage).id());
      previousStage = stage;
      java.util.Objects.requireNonNull(byStage.get(s.stageId()), s.stageId()).add(s);
    }
    successors = new int[n][];
    int[] inDegree = new int[n];
    for (int i = 0; i < n; i++) {
      Step s = steps.get(i);
      int[] succ;
      if (!s.next().isEmpty()) {
        succ = new int[s.next().size()];
        for (int k = 0; k < succ.length; k++) {
          Integer target = index.get(s.next().get(k));
          checkArgument(
              target != null,
              "step '%s'.next must name steps of the map, was '%s'",
              s.id(),
              s.next().get(k));
          succ[k] = target;
        }
      } else if (!s.end() && i + 1 < n) {
        succ = new int[] {i + 1};
      } else {
        succ = new int[0];
      }
      successors[i] = succ;
      for (int t : succ) {
        inDegree[t]++;
      }
    }
    predecessors = new int[n][];
    for (int i = 0; i < n; i++) {
      predecessors[i] = new int[inDegree[i]];
    }
    int[] fill = new int[n];
    for (int i = 0; i < n; i++) {
      for (int t : successors[i]) {
        predecessors[t][fill[t]++] = i;
      }
    }
    if (startStepIds.isEmpty()) {
      starts = new int[] {0};
    } else {
      starts = new int[startStepIds.size()];
      for (int k = 0; k < starts.length; k++) {
        Integer start = index.get(startStepIds.get(k));
        checkArgument(
            start != null,
            "startStepIds must name steps of the map, was '%s'",
            startStepIds.get(k));
        starts[k] = start;
      }
    }
    checkReachable();
  }

  private void checkReachable() {
    boolean[] seen = new boolean[steps.size()];
    Deque<Integer> queue = new ArrayDeque<>();
    for (int s : starts) {
      if (!seen[s]) {
        seen[s] = true;
        queue.add(s);
      }
    }
    while (!queue.isEmpty()) {
      for (int t : successors[queue.poll()]) {
        if (!seen[t]) {
          seen[t] = true;
          queue.add(t);
        }
      }
    }
    for (int i = 0; i < seen.length; i++) {
      checkArgument(
          seen[i],
          "step '%s' must be reachable from the start steps %s, was unreachable",
          steps.get(i).id(),
          startSteps().stream().map(Step::id).toList());
    }
  }

  int indexOf(String stepId) {
    Integer i = index.get(stepId);
    checkArgument(i != null, "stepId must name a step of the map, was '%s'", stepId);
    return i;
  }

  boolean contains(String stepId) {
    return index.containsKey(stepId);
  }

  Step step(int i) {
    return steps.get(i);
  }

  List<Step> successors(String stepId) {
    return resolve(successors[indexOf(stepId)]);
  }

  List<Step> predecessors(String stepId) {
    return resolve(predecessors[indexOf(stepId)]);
  }

  List<Step> startSteps() {
    return resolve(starts);
  }

  List<Step> endSteps() {
    List<Step> ends = new ArrayList<>();
    for (int i = 0; i < successors.length; i++) {
      if (successors[i].length == 0) {
        ends.add(steps.get(i));
      }
    }
    return Collections.unmodifiableList(ends);
  }

  List<Step> stepsInStage(String stageId) {
    List<Step> in = byStage.get(stageId);
    checkArgument(in != null, "stageId must name a stage of the map, was '%s'", stageId);
    return Collections.unmodifiableList(in);
  }

  /** Successor indices of step {@code i}; a copy, safe to keep. */
  int[] successorIndices(int i) {
    return Arrays.copyOf(successors[i], successors[i].length);
  }

  private List<Step> resolve(int[] indices) {
    List<Step> out = new ArrayList<>(indices.length);
    for (int i : indices) {
      out.add(steps.get(i));
    }
    return Collections.unmodifiableList(out);
  }
}
