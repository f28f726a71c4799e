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
   * A value echoed in a diagnostic (exception messages, rejected-row reports, one-line CLI errors):
   * {@link #shortened(String) shortened}, then {@link #printable(String) printable}, so that
   * hostile input can neither blow up a message nor act on the terminal that shows it.
   *
   * {@snippet class=dev.cxkit.model.internal.SnippetsTest region=abbreviate}
   */
  public static String abbreviate(String value) {
    return printable(shortened(value));
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

  /**
   * Whether {@code codePoint} must never reach a terminal, an error message or a document live: C0
   * and C1 controls (ESC, BEL, NUL, DEL, ... and TAB, LF, CR too), Unicode format characters (bidi
   * embeddings, overrides and isolates such as U+202E, zero-width space, joiners, word joiner,
   * byte-order mark, soft hyphen), the line and paragraph separators U+2028 and U+2029, lone
   * surrogates and the noncharacters U+FFFE, U+FFFF and U+FDD0..U+FDEF. Such characters can retitle
   * or clear a terminal, reorder what a reader sees ("Trojan Source") or hide text altogether.
   */
  public static boolean isHidden(int codePoint) {
    switch (Character.getType(codePoint)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SURROGATE:
        return true;
      default:
        return (codePoint & 0xFFFE) == 0xFFFE || (codePoint >= 0xFDD0 && codePoint <= 0xFDEF);
    }
  }

  /**
   * Appends the visible form of a {@link #isHidden hidden} code point: {@code [U+XXXX]}, upper-case
   * hexadecimal with at least four digits (ESC becomes {@code [U+001B]}, U+202E {@code [U+202E]}).
   */
  public static StringBuilder appendVisible(StringBuilder out, int codePoint) {
    String hex = Integer.toHexString(codePoint).toUpperCase(java.util.Locale.ROOT);
    out.append("[U+");
    for (int i = hex.length(); i < 4; i++) {
      out.append('0');
    }
    return out.append(hex).append(']');
  }

  /**
   * The one diagnostic sanitizer: {@code value} with every {@link #isHidden hidden} code point,
   * line breaks and tabs included, replaced by its {@link #appendVisible visible form}, so that a
   * value quoted from an input file is safe to print in a one-line error message.
   *
   * {@snippet class=dev.cxkit.model.internal.SnippetsTest region=printable}
   */
  public static String printable(String value) {
    return printable(value, "");
  }

  /**
   * {@link #printable(String)}, except that the characters in {@code keep} (for example tab, line
   * feed and carriage return, for a format that holds them safely) stay as they are.
   */
  public static String printable(String value, String keep) {
    int i = 0;
    while (i < value.length()) {
      int cp = value.codePointAt(i);
      if (isHidden(cp) && keep.indexOf(cp) < 0) {
        break;
      }
      i += Character.charCount(cp);
    }
    if (i == value.length()) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length() + 16).append(value, 0, i);
    while (i < value.length()) {
      int cp = value.codePointAt(i);
      if (isHidden(cp) && keep.indexOf(cp) < 0) {
        appendVisible(out, cp);
      } else {
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }
}
