package dev.cxkit.journey.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class DictionaryTest {
  @Test
  void internsDenseIdsInFirstSeenOrder() {
    Dictionary d = new Dictionary("touchpoint");
    assertEquals(0, d.intern("web"));
    assertEquals(1, d.intern("call"));
    assertEquals(0, d.intern("web"));
    assertEquals(List.of("web", "call"), d.names());
    assertArrayEquals(new int[] {1, 0}, d.ranks());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> d.id("fax"));
    assertEquals("touchpoint must be a known name, was 'fax'", e.getMessage());
    new NullPointerTester().testAllPublicInstanceMethods(d);
  }
}
