package dev.cxkit.cli;

import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.map.MapStage;
import dev.cxkit.model.map.Step;
import dev.cxkit.model.touchpoint.Touchpoint;
import java.util.ArrayList;
import java.util.List;

/**
 * A journey map as a Mermaid {@code journey} diagram: one section per stage, one task per step, the
 * step's emotion quantised to Mermaid's 1-5 score (3 when the map records none), its touchpoints as
 * actors.
 */
final class MermaidJourney {
  private MermaidJourney() {}

  static String of(JourneyMap map) {
    StringBuilder sb = new StringBuilder("journey\n");
    sb.append("  title ").append(text(map.name())).append('\n');
    for (MapStage stage : map.stages()) {
      List<Step> steps = map.stepsInStage(stage.id());
      if (steps.isEmpty()) {
        continue;
      }
      sb.append("  section ").append(text(stage.name())).append('\n');
      for (Step s : steps) {
        int score = s.emotion().map(e -> e.toMermaidScore()).orElse(3);
        List<String> actors = new ArrayList<>();
        for (String id : s.touchpointIds()) {
          actors.add(text(map.touchpoint(id).map(Touchpoint::name).orElse(id)).replace(",", " "));
        }
        sb.append("    ").append(text(s.name())).append(": ").append(score);
        if (!actors.isEmpty()) {
          sb.append(": ").append(String.join(", ", actors));
        }
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  /** Mermaid's journey syntax splits on ':' and lines: keep names on one line without colons. */
  private static String text(String s) {
    return s.replaceAll("[\\r\\n]+", " ").replace(':', ' ').replace(';', ',').strip();
  }
}
