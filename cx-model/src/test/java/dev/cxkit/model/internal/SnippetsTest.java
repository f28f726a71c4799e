package dev.cxkit.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of this package as {@code {@snippet}} regions: compiled, run and checked
 * here, shown in the javadoc of the classes named by each region.
 */
class SnippetsTest {

  @Test
  void abbreviate() {
    // @start region="abbreviate"
    String shown = Checks.abbreviate("a" + (char) 27 + "[2J"); // "a[U+001B][2J": inert text
    // @end
    assertEquals("a[U+001B][2J", shown);
  }

  @Test
  void printable() {
    // @start region="printable"
    String title = "north" + (char) 0x1B + "]0;pwned" + (char) 7;
    Checks.printable(title); // "north[U+001B]]0;pwned[U+0007]"
    // @end
    assertEquals("north[U+001B]]0;pwned[U+0007]", Checks.printable(title));
  }
}
