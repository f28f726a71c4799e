package dev.cxkit.model.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.model.csv.Rejection;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Building blocks of the hostile-input suites every reader has (issue 14): inputs with a byte order
 * mark, other line ends, malformed UTF-8, hostile names; and the check that a rejection names the
 * source, line, field, value and rule, with nothing live in its message.
 */
public final class HostileInputs {
  /** A name with markup, a terminal escape, BEL, a bidi override and a zero-width space. */
  public static final String HOSTILE_NAME = "<script>x</script>\u001B[31m\u0007\u202Eevil\u200B";

  private HostileInputs() {}

  /** UTF-8 bytes. */
  public static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** UTF-8 bytes after a byte order mark. */
  public static byte[] withBom(String s) {
    return concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(s));
  }

  /** {@code before}, the malformed sequence C3 28, then {@code after}. */
  public static byte[] malformed(String before, String after) {
    return concat(utf8(before), new byte[] {(byte) 0xC3, (byte) 0x28}, utf8(after));
  }

  /** {@code s} with CRLF line ends. */
  public static String crlf(String s) {
    return s.replace("\n", "\r\n");
  }

  /** {@code s} with lone CR line ends. */
  public static String loneCr(String s) {
    return s.replace("\n", "\r");
  }

  /** The concatenation of {@code parts}. */
  public static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.write(p, 0, p.length);
    }
    return out.toByteArray();
  }

  /**
   * Asserts that {@code r} names {@code source}, {@code line}, {@code field}, a value containing
   * {@code value} and a rule containing {@code rule}, and that its message has no control, bidi or
   * zero-width character left.
   */
  public static void assertRejection(
      Rejection r, String source, long line, String field, String value, String rule) {
    assertEquals(source, r.source(), r::message);
    assertEquals(line, r.line(), r::message);
    assertEquals(field, r.field(), r::message);
    assertTrue(r.value().contains(value), () -> "value '" + value + "' in " + r.message());
    assertTrue(r.rule().contains(rule), () -> "rule '" + rule + "' in " + r.message());
    assertSafe(r.message());
  }

  /** Asserts that {@code message} is one line with no control, bidi or zero-width character. */
  public static void assertSafe(String message) {
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      boolean live =
          c < 0x20
              || (c >= 0x7F && c <= 0x9F)
              || (c >= 0x200B && c <= 0x200F)
              || (c >= 0x2028 && c <= 0x202E)
              || (c >= 0x2066 && c <= 0x2069)
              || c == 0xFEFF;
      assertFalse(live, () -> "live character U+" + Integer.toHexString(c) + " in: " + message);
    }
  }
}
