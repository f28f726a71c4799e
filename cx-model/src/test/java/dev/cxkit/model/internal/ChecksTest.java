package dev.cxkit.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChecksTest {
  @Test
  void abbreviationIsIdempotentAndPrintable() {
    String s = "x".repeat(100_000);
    String once = Checks.shortened(s);
    assertEquals("x".repeat(40) + "... (100000 characters)", once);
    assertEquals(once, Checks.shortened(once));
    assertEquals("a[U+001B]b", Checks.abbreviate("a\u001Bb"));
    assertEquals("y".repeat(80), Checks.abbreviate("y".repeat(80)));
  }
}
