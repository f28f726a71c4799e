package dev.cxkit.model.survey;

import org.junit.jupiter.api.Test;

class ScaleTest {
  @Test
  void npsRejectsEleven() {
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> Scale.nps().checkValue(11));
    org.junit.jupiter.api.Assertions.assertEquals(
        "NPS 0-10 score must be 0..10, was 11", e.getMessage());
  }
}
