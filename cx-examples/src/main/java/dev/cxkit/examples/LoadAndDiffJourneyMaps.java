package dev.cxkit.examples;

import dev.cxkit.model.json.CxJson;
import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.map.MapDiff;
import dev.cxkit.model.map.Step;
import dev.cxkit.model.map.StepChange;
import dev.cxkit.model.samples.JourneyMapSamples;

/**
 * Journey maps as data. The current and future state of the cable-outage journey are loaded from
 * JSON (validated strictly), written back, and compared: which steps the redesign adds, removes and
 * changes.
 */
public final class LoadAndDiffJourneyMaps {
  private LoadAndDiffJourneyMaps() {}

  /** Prints the structural diff of the two maps. */
  public static void main(String[] args) {
    JourneyMap current = JourneyMapSamples.cableOutage();
    String json = CxJson.strict().toJson(current);
    JourneyMap reread = CxJson.strict().fromJson(json, JourneyMap.class);
    System.out.println("round trip equal: " + reread.equals(current));
    MapDiff diff = MapDiff.between(current, JourneyMapSamples.cableOutageFuture());
    for (Step s : diff.added()) {
      System.out.println("added:   " + s.id() + " (" + s.name() + ")");
    }
    for (Step s : diff.removed()) {
      System.out.println("removed: " + s.id() + " (" + s.name() + ")");
    }
    for (StepChange c : diff.changed()) {
      System.out.println("changed: " + c.stepId() + " " + c.changedFields());
    }
  }
}
