package dev.cxkit.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.model.map.JourneyMap;
import dev.cxkit.model.map.Step;
import dev.cxkit.model.samples.JourneyMapSamples;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDiagramsTest {
  @Test
  void mermaidHasASectionPerStageAndATaskPerStep() {
    JourneyMap m = JourneyMapSamples.cableOutage();
    String mermaid = MermaidJourney.of(m);
    assertTrue(mermaid.startsWith("journey\n  title "));
    long sections = mermaid.lines().filter(l -> l.startsWith("  section ")).count();
    long tasks = mermaid.lines().filter(l -> l.startsWith("    ")).count();
    assertEquals(
        m.stages().stream().filter(s -> !m.stepsInStage(s.id()).isEmpty()).count(), sections);
    assertEquals(m.steps().size(), tasks);
    for (Step s : m.steps()) {
      int score = s.emotion().map(e -> e.toMermaidScore()).orElse(3);
      assertTrue(mermaid.contains(MermaidJourney.clean(s.name()) + ": " + score + ": "), s.name());
    }
  }

  @Test
  void mermaidSyntaxInUserTextIsNeutralised() {
    assertEquals("a#58; b#59; c #35;d", MermaidJourney.clean("a: b; c\n#d"));
  }

  @Test
  void dotQuotesNamesAndKeepsTransitionsAboveTheThreshold() {
    String dot =
        MarkovDot.of(
            "checkout",
            List.of("(start)", "se\"arch", "(conversion)", "(null)"),
            new double[][] {{0, 1, 0, 0}, {0, 0.005, 0.6, 0.395}, {0, 0, 1, 0}, {0, 0, 0, 1}},
            0.01);
    assertTrue(dot.startsWith("digraph \"checkout\" {"));
    assertTrue(dot.contains("\"se\\\"arch\" -> \"(conversion)\" [label=\"0.60\""));
    assertFalse(dot.contains("\"se\\\"arch\" -> \"se\\\"arch\""), "below threshold");
    assertEquals(2, dot.lines().filter(l -> l.contains("doublecircle")).count());
    assertEquals(3, dot.lines().filter(l -> l.contains(" -> ")).count());
  }

  @Test
  void dotRejectsABadMatrix() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MarkovDot.of("x", List.of("a", "b"), new double[][] {{0.5, 0.2}, {0, 1}}, 0));
    assertTrue(e.getMessage().contains("probabilities[0]"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> MarkovDot.of("x", List.of("a"), new double[][] {{0.5, 0.5}}, 0));
  }
}
