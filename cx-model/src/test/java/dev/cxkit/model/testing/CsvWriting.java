package dev.cxkit.model.testing;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * The writer side of the readers' round-trip properties: RFC 4180 quoting (always, or only where
 * needed), and arbitrary names as users write them (quotes, separators, line breaks, blanks,
 * non-ASCII, a byte order mark inside a name, markup and control characters).
 */
public final class CsvWriting {
  private CsvWriting() {}

  /** Arbitrary non-blank names. */
  public static Arbitrary<String> names() {
    return Arbitraries.oneOf(
            Arbitraries.strings()
                .withChars("ab\",;\n\r \t\u00e9\u20ac\uFEFF<>&\u001B\u202E")
                .ofMinLength(1)
                .ofMaxLength(8),
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6),
            Arbitraries.strings()
                .ofMinLength(1)
                .ofMaxLength(6)
                .filter(s -> s.codePoints().allMatch(Character::isValidCodePoint))
                .filter(CsvWriting::noLoneSurrogate))
        .filter(s -> !s.isBlank());
  }

  private static boolean noLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** {@code field} quoted when it must be (or always). */
  public static String field(String field, char separator, boolean always) {
    boolean needs =
        always
            || field.indexOf(separator) >= 0
            || field.indexOf('"') >= 0
            || field.indexOf('\n') >= 0
            || field.indexOf('\r') >= 0
            || field.startsWith("\uFEFF")
            || field.isBlank();
    return needs ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
  }

  /** One record of {@code fields}, without its line end. */
  public static String record(List<String> fields, char separator, boolean always) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      sb.append(i == 0 ? "" : String.valueOf(separator))
          .append(field(fields.get(i), separator, always));
    }
    return sb.toString();
  }

  /** Arbitrary bytes, or arbitrary bytes after one of the {@code heads} (a reader's header). */
  public static Arbitrary<byte[]> bytesAfter(String... heads) {
    return Arbitraries.oneOf(
        Arbitraries.bytes().array(byte[].class).ofMaxSize(300),
        Arbitraries.of(heads)
            .flatMap(
                h ->
                    Arbitraries.bytes()
                        .array(byte[].class)
                        .ofMaxSize(200)
                        .map(
                            t -> {
                              byte[] head = h.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                              byte[] out = java.util.Arrays.copyOf(head, head.length + t.length);
                              System.arraycopy(t, 0, out, head.length, t.length);
                              return out;
                            })));
  }
}
