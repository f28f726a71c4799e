package dev.cxkit.model.survey;

import static dev.cxkit.model.testing.Contracts.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScaleRulesTest {

  @Test
  void rules() {
    assertRejected(
        "scale name must not be blank, was ' '", () -> Scale.of(" ", 1, 5, Direction.HIGH_IS_GOOD));
    assertRejected(
        "scale x: min must be below max, was min=5 max=5",
        () -> Scale.of("x", 5, 5, Direction.HIGH_IS_GOOD));
    assertRejected(
        "scale x: labels must be empty or one per point (3), was 1",
        () ->
            Scale.builder()
                .name("x")
                .min(1)
                .max(3)
                .direction(Direction.HIGH_IS_GOOD)
                .addLabel("low")
                .build());
  }

  @Test
  void goodnessRespectsDirection() {
    // CES 1.0: 1 = very low effort is the good end.
    assertEquals(1.0, Scale.ces1().goodness(1));
    assertEquals(0.0, Scale.ces1().goodness(5));
    assertEquals(1.0, Scale.nps().goodness(10));
    assertEquals("Satisfied", Scale.csat5().label(4));
    assertEquals("NPS 0-10 [0..10, high is good]", Scale.nps().toString());
  }
}
