package dev.cxkit.model.internal;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Argument checks shared by the model packages, all throwing {@link IllegalArgumentException} with
 * "field, value, rule" messages. Not exported: an implementation detail of the model.
 */
public final class Checks {

  /** The longest id the model accepts. */
  public static final int MAX_ID_LENGTH = 200;

  private Checks() {}

  /**
   * Returns {@code value} if it is a usable identifier: non-blank, at most {@value #MAX_ID_LENGTH}
   * characters, no leading or trailing whitespace and no control characters.
   */
  public static String id(String field, String value) {
    checkArgument(
        !value.isBlank()
            && value.length() <= MAX_ID_LENGTH
            && value.strip().equals(value)
            && value.chars().noneMatch(Character::isISOControl),
        "%s must be a non-blank id of at most %s characters without surrounding spaces or control"
            + " characters, was '%s'",
        field,
        MAX_ID_LENGTH,
        abbreviate(value));
    return value;
  }

  /** Returns {@code value} if it is not blank. */
  public static String text(String field, String value) {
    checkArgument(!value.isBlank(), "%s must not be blank, was '%s'", field, abbreviate(value));
    return value;
  }

  /** Returns {@code value} if every element is non-blank text. */
  public static <C extends Collection<String>> C texts(String field, C values) {
    for (String value : values) {
      checkArgument(!value.isBlank(), "%s must not contain blank entries, was %s", field, values);
    }
    return values;
  }

  /**
   * The one sanitizer for values echoed in diagnostics (exception messages, rejected-row reports,
   * one-line CLI errors): the value {@link #shortened(String) shortened}, then with {@link
   * #escaped(String) control characters escaped}, so that hostile input can neither blow up a
   * message nor act on the terminal that shows it.
   *
   * <pre>{@code
   * Checks.abbreviate("a" + (char) 27 + "[2J");   // a, backslash, u001B[2J: inert text
   * }</pre>
   */
  public static String abbreviate(String value) {
    return escaped(shortened(value));
  }

  /** Values up to this many characters are shown whole. */
  public static final int MAX_SHOWN_LENGTH = 80;

  /**
   * The value itself when at most {@value #MAX_SHOWN_LENGTH} characters long, else its first 40
   * characters and its length. Idempotent: a shortened value is shown whole.
   */
  public static String shortened(String value) {
    return value.length() <= MAX_SHOWN_LENGTH
        ? value
        : value.substring(0, 40) + "... (" + value.length() + " characters)";
  }

  /**
   * {@code value} with every character that is invisible or acts on a terminal or on text direction
   * written as a Java escape (backslash, {@code u}, four hex digits): C0 and C1 controls and DEL
   * (ESC, BEL, CR, LF, tab, ...), bidirectional embeddings, overrides, isolates and marks,
   * zero-width characters, the byte order mark, line and paragraph separators, and unpaired
   * surrogates. Everything else is kept.
   */
  public static String escaped(String value) {
    int n = value.length();
    int i = 0;
    while (i < n && !needsEscape(value, i)) {
      i += Character.isHighSurrogate(value.charAt(i)) ? 2 : 1;
    }
    if (i >= n) {
      return value;
    }
    StringBuilder sb = new StringBuilder(n + 16).append(value, 0, i);
    while (i < n) {
      char c = value.charAt(i);
      if (needsEscape(value, i)) {
        sb.append("\\u").append(HEX[(c >> 12) & 15]).append(HEX[(c >> 8) & 15]);
        sb.append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
        i++;
      } else if (Character.isHighSurrogate(c)) {
        sb.append(c).append(value.charAt(i + 1));
        i += 2;
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** Whether the char at {@code i} must be escaped (a paired high surrogate is not). */
  private static boolean needsEscape(String s, int i) {
    char c = s.charAt(i);
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      return true;
    }
    if (Character.isSurrogate(c)) {
      return !Character.isHighSurrogate(c)
          || i + 1 >= s.length()
          || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    return (c >= 0x200B && c <= 0x200F) // zero-width space/joiners, LRM, RLM
        || (c >= 0x2028 && c <= 0x202E) // line/paragraph separators, bidi embeddings/overrides
        || (c >= 0x2060 && c <= 0x2064) // word joiner, invisible operators
        || (c >= 0x2066 && c <= 0x206F) // bidi isolates, deprecated format characters
        || c == 0x061C // Arabic letter mark
        || c == 0x180E // Mongolian vowel separator
        || c == 0xFEFF // byte order mark / zero-width no-break space
        || (c >= 0xFFF9 && c <= 0xFFFB); // interlinear annotation controls
  }

  /** Returns {@code value} if it is a finite number in [0, 1]. */
  public static double unit(String field, double value) {
    checkArgument(
        Double.isFinite(value) && value >= 0.0 && value <= 1.0,
        "%s must be a number in [0, 1], was %s",
        field,
        value);
    return value;
  }

  /** Checks that {@code id} maps every element to a distinct id. */
  public static <T> void uniqueIds(String field, Collection<T> elements, Function<T, String> id) {
    Set<String> seen = new HashSet<>();
    for (T element : elements) {
      String key = id.apply(element);
      checkArgument(seen.add(key), "%s must have unique ids, was '%s' twice", field, key);
    }
  }

  /** {@code value} is not blank. */
  public static void nonBlank(String field, String value) {
    checkArgument(!value.isBlank(), "%s must not be blank, was '%s'", field, value);
  }

  /** Every element of {@code values} is not blank; the message names the index. */
  public static void allNonBlank(String field, Collection<String> values) {
    int i = 0;
    for (String v : values) {
      checkArgument(!v.isBlank(), "%s[%s] must not be blank, was '%s'", field, i, v);
      i++;
    }
  }

  /** Every element of {@code values} is a valid {@link #id(String, String) id}. */
  public static void allIds(String field, Collection<String> values) {
    int i = 0;
    for (String v : values) {
      id(field + "[" + i + "]", v);
      i++;
    }
  }

  /** {@code values} holds no id twice. */
  public static void unique(String field, Collection<String> values) {
    Set<String> seen = new HashSet<>();
    for (String v : values) {
      checkArgument(seen.add(v), "%s must hold unique ids, was '%s' twice", field, v);
    }
  }

  /** {@code value} is finite. */
  public static void finite(String field, double value) {
    checkArgument(Double.isFinite(value), "%s must be a finite number, was %s", field, value);
  }

  /** {@code value} lies in {@code min..max}. */
  public static void inRange(String field, int value, int min, int max) {
    checkArgument(
        value >= min && value <= max, "%s must be %s..%s, was %s", field, min, max, value);
  }
}
