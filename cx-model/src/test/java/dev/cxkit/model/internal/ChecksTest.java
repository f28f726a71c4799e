package dev.cxkit.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChecksTest {
  @Test
  void escapesTerminalBidiAndZeroWidthControlsAndKeepsTheRest() {
    assertEquals("plain é € 😀 \\ text", Checks.escaped("plain é € 😀 \\ text"));
    assertEquals(
        "\\u001B[2J\\u0007\\u000D\\u000A\\u0009\\u007F\\u0085",
        Checks.escaped("\u001B[2J\u0007\r\n\t\u007F\u0085"));
    assertEquals(
        "\\u202Eevil\\u202C \\u2066x\\u2069 a\\u200Bb \\uFEFF \\u200F \\u2028",
        Checks.escaped("\u202Eevil\u202C \u2066x\u2069 a\u200Bb \uFEFF \u200F \u2028"));
    assertEquals("\\uD800x\\uDC00", Checks.escaped("\uD800x\uDC00"));
  }

  @Test
  void abbreviationIsIdempotentAndEscapes() {
    String s = "x".repeat(100_000);
    String once = Checks.shortened(s);
    assertEquals("x".repeat(40) + "... (100000 characters)", once);
    assertEquals(once, Checks.shortened(once));
    assertEquals("a\\u001Bb", Checks.abbreviate("a\u001Bb"));
  }
}
