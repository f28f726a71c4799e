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
  void anAdjacentTranspositionIsOneEdit() {
    // Damerau (1964): a transposition of adjacent letters is one error; Levenshtein counts two,
    // which is past the one edit a 4-letter name is allowed
    assertEquals("cart", Names.closest("crat", List.of("cart", "card")));
    assertEquals("amount", Names.closest("amuont", List.of("customer", "amount")));
    assertEquals("ltr", Names.closest("lrt", List.of("ltr", "region")));
  }

  @Test
  void anAbbreviationOfAtLeastThreeCharactersSuggestsTheName() {
    assertEquals("customer", Names.closest("cust", List.of("cost", "customer_type", "customer")));
    assertEquals("touchpoint", Names.closest("Touch", List.of("time", "touchpoint")));
    assertNull(Names.closest("cu", List.of("customer"))); // too short to read as an abbreviation
  }

  @Test
  void nothingIsSuggestedWhenNothingIsClose() {
    assertNull(Names.closest("refund", STEPS));
    assertNull(Names.closest("ab", List.of("xy"))); // two edits of two characters: not close
    assertNull(Names.closest("x", List.of()));
    assertNull(Names.closest("a".repeat(65), List.of("a".repeat(64)))); // bounded work
  }

  @Test
  void aSuggestionNeverReplacesTheWholeName() {
    assertNull(Names.closest("x", List.of("y"))); // one edit, but every character replaced
    assertNull(Names.closest("T", List.of("x")));
    assertEquals("x", Names.closest("X", List.of("x"))); // case only
    assertEquals("xy", Names.closest("x", List.of("xy"))); // the x is kept
  }

  @Test
  void closestToAnyTakesTheFirstNameWithASuggestion() {
    List<String> header = List.of("id", "frequncy", "t_x", "T");
    assertEquals("frequncy", Names.closestToAny(List.of("x", "frequency"), header));
    assertNull(Names.closestToAny(List.of("zbar", "spend"), header));
  }

  @Test
  void distanceIsOptimalStringAlignment() {
    // Levenshtein (1966): kitten -> sitting is 3 edits (two substitutions, one insertion)
    assertEquals(3, Names.distance("kitten", "sitting"));
    assertEquals(0, Names.distance("", ""));
    assertEquals(4, Names.distance("", "abcd"));
    assertEquals(1, Names.distance("crat", "cart")); // one adjacent transposition
    assertEquals(2, Names.distance("abcd", "badc")); // two transpositions
    // OSA edits no substring twice: CA -> ABC is 3 (true Damerau-Levenshtein gives 2)
    assertEquals(3, Names.distance("ca", "abc"));
  }
}
