package dev.cxkit.cli;

import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.map.MapDiff;
import dev.cxkit.model.map.PainPoint;
import dev.cxkit.model.map.Severity;
import dev.cxkit.model.map.Step;
import dev.cxkit.render.map.JourneyMapSvg;
import dev.cxkit.render.text.MermaidJourney;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The report's journey map: stages, pain points worst first, emotional lows, the future state. */
final class MapPart implements ReportPart {
  static final String HEADING = "The journey as designed";

  private final ReportInputs in;
  private final MapInput input;

  MapPart(ReportInputs in, ReportSections.MapSection section) {
    this.in = in;
    this.input = section.input;
  }

  @Override
  public List<String> headings() {
    return List.of(HEADING);
  }

  @Override
  public List<String> assumptions() {
    return List.of();
  }

  @Override
  public void write(ReportOutput out) throws IOException {
    JourneyMap map = in.journeyMap();
    Optional<JourneyMap> future = input.futureMap();
    out.section(HEADING);
    out.say(
        map.name()
            + " ("
            + input.describe()
            + "): "
            + Plural.of(map.stages().size(), "stage")
            + ", "
            + Plural.of(map.steps().size(), "step")
            + ", "
            + Plural.of(map.touchpoints().size(), "touchpoint")
            + ".");
    map.description().ifPresent(out::say);
    List<Object[]> rows = new ArrayList<>();
    for (Step s : map.steps()) {
      for (PainPoint p : s.painPoints()) {
        rows.add(new Object[] {p.severity(), s.name(), p.description()});
      }
    }
    if (rows.isEmpty()) {
      out.say("The map declares no pain points.");
    } else {
      out.say("Pain points, worst first:");
      rows.sort(Comparator.comparing((Object[] r) -> ((Severity) r[0]).ordinal()).reversed());
      Table t = new Table(Column.text("severity"), Column.text("step"), Column.text("pain_point"));
      for (Object[] r : rows) {
        t.row(r[0], r[1], r[2]);
      }
      out.show(t);
    }
    List<String> low =
        map.steps().stream()
            .filter(s -> s.emotion().isPresent())
            .filter(s -> s.emotion().get().valence() <= -1.0)
            .map(Step::name)
            .toList();
    out.say(
        "Emotional low points (valence -1): "
            + (low.isEmpty() ? "none" : String.join("; ", low))
            + ".");
    JourneyMapSvg svg = JourneyMapSvg.of(map);
    if (future.isPresent()) {
      MapDiff diff = MapDiff.between(map, future.get());
      out.say(
          "The future-state map ("
              + future.get().name()
              + ") adds "
              + Plural.of(diff.added().size(), "step")
              + ", removes "
              + diff.removed().size()
              + " and changes "
              + diff.changed().size()
              + "; it is drawn below the current state.");
      svg = svg.withFuture(future.get());
    }
    out.figure(svg.toSvg());
    out.code("The map as a Mermaid journey diagram", MermaidJourney.of(map));
  }
}
