package dev.cxkit.model.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The contract of every cxkit wire form ({@code toBytes()} / {@code fromBytes(byte[])}): a round
 * trip gives an equal value, and hostile bytes give an {@link IllegalArgumentException} naming the
 * type, never another exception, a hang or a huge allocation.
 */
public final class WireTesting {

  private WireTesting() {}

  /**
   * Asserts the round trip and, for {@code bytes} of a valid value, that every truncation, an
   * unknown version, a wrong type byte, trailing bytes and {@code mutations} random byte changes
   * are either refused with a clear {@link IllegalArgumentException} or decode to a value that
   * round-trips itself.
   */
  public static <T> void assertWireContract(
      T value,
      Function<T, byte[]> encode,
      Function<byte[], T> decode,
      String typeName,
      long seed,
      int mutations) {
    byte[] bytes = encode.apply(value);
    T back = decode.apply(bytes);
    assertEquals(value, back);
    assertEquals(value.hashCode(), back.hashCode());
    assertTrue(Arrays.equals(bytes, encode.apply(back)), "encoding must be deterministic");
    assertEquals(1, bytes[0], "the version byte comes first");
    for (int length = 0; length < bytes.length; length++) {
      assertRefused(decode, Arrays.copyOf(bytes, length), typeName);
    }
    byte[] newer = bytes.clone();
    newer[0] = 2;
    String version = assertRefused(decode, newer, typeName);
    assertTrue(version.contains("version 2") && version.contains("version 1"), version);
    byte[] otherType = bytes.clone();
    otherType[1] = (byte) (otherType[1] == 1 ? 2 : 1);
    assertRefused(decode, otherType, typeName);
    byte[] trailing = Arrays.copyOf(bytes, bytes.length + 1);
    String extra = assertRefused(decode, trailing, typeName);
    assertTrue(extra.contains("unexpected bytes"), extra);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < mutations; i++) {
      byte[] mutated = bytes.clone();
      int at = 2 + random.nextInt(Math.max(1, mutated.length - 2));
      if (at >= mutated.length) {
        continue;
      }
      mutated[at] = (byte) random.nextInt(256);
      try {
        T decoded = decode.apply(mutated);
        assertEquals(decoded, decode.apply(encode.apply(decoded)));
      } catch (IllegalArgumentException e) {
        assertTrue(e.getMessage().contains(typeName), e.getMessage());
      } catch (RuntimeException e) {
        fail("byte " + at + " changed: expected IllegalArgumentException, was " + e, e);
      }
    }
  }

  /** Asserts that {@code decode} refuses {@code bytes} with a message naming the type. */
  public static <T> String assertRefused(Function<byte[], T> decode, byte[] bytes, String type) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> decode.apply(bytes));
    assertTrue(e.getMessage().contains(type), e.getMessage());
    return e.getMessage();
  }
}
