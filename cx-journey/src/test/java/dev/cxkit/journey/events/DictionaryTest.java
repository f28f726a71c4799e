package dev.cxkit.journey.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.NullPointerTester;
import java.nio.charset.StandardCharsets;
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

  @Test
  void bytesAndStringsShareTheIds() {
    Dictionary d = new Dictionary("customer");
    byte[] line = "c1,caf\u00e9,c1".getBytes(StandardCharsets.UTF_8);
    assertEquals(0, d.intern(line, 0, 2));
    assertEquals(1, d.intern("caf\u00e9"));
    assertEquals(1, d.intern(line, 3, line.length - 3));
    assertEquals(0, d.intern(line, line.length - 2, line.length)); // after another name
    assertEquals(0, d.id("c1"));
    assertEquals("caf\u00e9", d.name(1));
    assertFalse(d.contains("c"));
    assertEquals(2, d.size());
  }
}
