package dev.cxkit.journey.interchange;

import java.util.Locale;

/** The rule every exported text obeys: only characters XML 1.0 can carry. */
final class XmlText {
  private XmlText() {}

  /**
   * {@code text} if every character is allowed in XML 1.0 (tab, line feed, carriage return,
   * U+0020–U+D7FF, U+E000–U+FFFD and well-formed surrogate pairs).
   *
   * @throws IllegalArgumentException naming the field, the position and the character
   */
  static String checked(String field, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)) {
        ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        i += ok ? 1 : 0;
      } else {
        ok =
            c == '\t'
                || c == '\n'
                || c == '\r'
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD);
      }
      if (!ok) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "%s must hold only characters allowed in XML 1.0, was U+%04X at position %d",
                field,
                (int) c,
                i));
      }
    }
    return text;
  }
}
