package dev.cxkit.model.internal;

import org.jspecify.annotations.Nullable;

/**
 * Argument and state checks for every cxkit module: the three checks cxkit needs, with lazy {@code
 * %s} messages so a passing check allocates nothing beyond its varargs.
 *
 * <p>Not API: exported only to cxkit's own modules. It replaces a 3 MB dependency that served only
 * these checks.
 */
public final class Preconditions {

  private Preconditions() {}

  /**
   * Throws {@link IllegalArgumentException} with the formatted message when {@code condition} is
   * false.
   */
  @Contract("false, _, _ -> fail")
  public static void checkArgument(boolean condition, String template, @Nullable Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(format(template, args));
    }
  }

  /**
   * Throws {@link IllegalArgumentException} with {@code message} when {@code condition} is false.
   */
  @Contract("false, _ -> fail")
  public static void checkArgument(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  /**
   * Throws {@link IllegalStateException} with the formatted message when {@code condition} is
   * false.
   */
  @Contract("false, _, _ -> fail")
  public static void checkState(boolean condition, String template, @Nullable Object... args) {
    if (!condition) {
      throw new IllegalStateException(format(template, args));
    }
  }

  /**
   * Returns {@code reference}, or throws {@link NullPointerException} with the message when null.
   */
  public static <T> T checkNotNull(
      @Nullable T reference, String template, @Nullable Object... args) {
    if (reference == null) {
      throw new NullPointerException(format(template, args));
    }
    return reference;
  }

  /** Returns {@code reference}, or throws {@link NullPointerException} when null. */
  public static <T> T checkNotNull(@Nullable T reference) {
    if (reference == null) {
      throw new NullPointerException();
    }
    return reference;
  }

  /**
   * Returns {@code index} if it is in {@code [0, size)}, else throws {@link
   * IndexOutOfBoundsException} naming {@code what}, the index and the size.
   */
  public static int checkElementIndex(int index, int size, String what) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(what + " must be in [0, " + size + "), was " + index);
    }
    return index;
  }

  /** {@link #checkElementIndex(int, int, String)} naming the value "index". */
  public static int checkElementIndex(int index, int size) {
    return checkElementIndex(index, size, "index");
  }

  /**
   * Substitutes each {@code %s} in {@code template} with the next argument; arguments left over are
   * appended in square brackets, so no argument is ever lost from a message.
   */
  static String format(String template, @Nullable Object @Nullable ... args) {
    @Nullable Object[] values = args == null ? new @Nullable Object[] {null} : args;
    StringBuilder out = new StringBuilder(template.length() + 16 * values.length);
    int start = 0;
    int next = 0;
    while (next < values.length) {
      int at = template.indexOf("%s", start);
      if (at < 0) {
        break;
      }
      out.append(template, start, at).append(values[next++]);
      start = at + 2;
    }
    out.append(template, start, template.length());
    if (next < values.length) {
      out.append(" [").append(values[next++]);
      while (next < values.length) {
        out.append(", ").append(values[next++]);
      }
      out.append(']');
    }
    return out.toString();
  }
}
