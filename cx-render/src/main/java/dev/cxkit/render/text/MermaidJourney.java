package dev.cxkit.render.text;

import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.map.MapStage;
import dev.cxkit.model.map.Step;
import dev.cxkit.model.persona.Persona;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A journey map as a Mermaid {@code journey} diagram, ready to paste into Markdown tools that
 * render Mermaid. Stages become sections, steps become tasks, and each step's emotion is quantised
 * to Mermaid's 1-5 score with {@link dev.cxkit.model.experience.Emotion#toMermaidScore()}; a step
 * with no emotion is scored 3 (neutral). Actors are the step action's "who", else the personas.
 *
 * <pre>{@code
 * String mermaid = MermaidJourney.of(JourneyMapSamples.cableOutage());
 * // journey
 * //   title Cable service outage ...
 * //   section Detect the outage
 * //     Notices the outage: 1: Customer
 * }</pre>
 *
 * <p>All user text goes through {@link Escape#mermaid(String)}: characters that Mermaid treats as
 * syntax ({@code :}, {@code ;}, {@code #}, {@code %}, {@code ,}) or that a page would treat as
 * markup ({@code <}, {@code >}, {@code &}, quotes) become Mermaid entity codes such as {@code
 * #58;}, line breaks become spaces, so user text can neither change the diagram's structure nor
 * inject markup.
 */
public final class MermaidJourney {
  /** Score used for a step that has no emotion. */
  public static final int NEUTRAL_SCORE = 3;

  private MermaidJourney() {}

  /** The Mermaid source for {@code map}. */
  public static String of(JourneyMap map) {
    Objects.requireNonNull(map, "map");
    StringBuilder out = new StringBuilder("journey\n");
    out.append("  title ").append(clean(map.name())).append('\n');
    List<String> personas = new ArrayList<>();
    for (Persona p : map.personas()) {
      personas.add(clean(p.name()));
    }
    if (personas.isEmpty()) {
      personas.add("Customer");
    }
    Set<String> done = new LinkedHashSet<>();
    for (MapStage stage : map.stages()) {
      List<Step> steps = map.stepsInStage(stage.id());
      if (steps.isEmpty()) {
        continue;
      }
      out.append("  section ").append(clean(stage.name())).append('\n');
      for (Step s : steps) {
        done.add(s.id());
        task(out, s, personas);
      }
    }
    boolean header = false;
    for (Step s : map.steps()) {
      if (!done.contains(s.id())) {
        if (!header) {
          out.append("  section Other steps\n");
          header = true;
        }
        task(out, s, personas);
      }
    }
    return out.toString();
  }

  private static void task(StringBuilder out, Step s, List<String> personas) {
    int score = s.emotion().map(e -> e.toMermaidScore()).orElse(NEUTRAL_SCORE);
    String actors = s.action().map(a -> clean(a.who())).orElse(String.join(", ", personas));
    out.append("    ")
        .append(clean(s.name()))
        .append(": ")
        .append(score)
        .append(": ")
        .append(actors)
        .append('\n');
  }

  /** User text as a Mermaid label: see {@link Escape#mermaid(String)}. */
  static String clean(String s) {
    return Escape.mermaid(s);
  }
}
