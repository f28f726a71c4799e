package dev.cxkit.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
  private static final List<String> STEPS = List.of("checkout", "call-support", "troubleshoot");

  @Test
  void theClosestNameIsSuggestedWhenItIsAFewEditsAway() {
    assertEquals("checkout", Names.closest("chekout", STEPS)); // one deletion
    assertEquals("checkout", Names.closest("CHECKOUT", STEPS)); // case only
    assertEquals("call-support", Names.closest("call_suport", STEPS)); // two edits, 11 characters
    assertEquals("troubleshoot", Names.closest("trubleshot", STEPS));
  }

  @Test
  void nothingIsSuggestedWhenNothingIsClose() {
    assertNull(Names.closest("refund", STEPS));
    assertNull(Names.closest("ab", List.of("xy"))); // two edits of two characters: not close
    assertNull(Names.closest("x", List.of()));
    assertNull(Names.closest("a".repeat(65), List.of("a".repeat(64)))); // bounded work
  }

  @Test
  void distanceIsLevenshtein() {
    // Levenshtein (1966): kitten -> sitting is 3 edits (two substitutions, one insertion)
    assertEquals(3, Names.distance("kitten", "sitting"));
    assertEquals(0, Names.distance("", ""));
    assertEquals(4, Names.distance("", "abcd"));
  }
}
