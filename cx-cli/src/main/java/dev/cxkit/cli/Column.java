package dev.cxkit.cli;

import dev.cxkit.render.text.Escape;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A typed column of a result table, or a typed field of a result: its name (snake_case, the same in
 * the table header, the CSV header and the JSON key) and its meaning, which fixes how its values
 * print. One rule for numbers: integers as integers, and a fixed number of decimals per column
 * chosen by what the column means, the same in every row; dot decimals in every locale. CSV and
 * JSON get exact values (integers without a fraction, other numbers in the shortest form that reads
 * back to the same double).
 *
 * {@snippet class=dev.cxkit.cli.SnippetsTest region=column}
 */
record Column(String name, Kind kind, boolean nullable, String joiner) {

  /** What a column holds; numeric kinds carry their decimals in text tables. */
  enum Kind {
    /** Text; JSON string. */
    TEXT(-1),
    /** A list of texts; JSON array of strings, joined in tables and CSV. */
    TEXTS(-1),
    /** A yes/no flag; JSON boolean, {@code true}/{@code false} in tables and CSV. */
    FLAG(-1),
    /** A count, rank or other integer; JSON integer, no decimals. */
    COUNT(0),
    /** A fractional or expected count, a duration or length: 2 decimals. */
    AMOUNT(2),
    /** Money (value at stake, spend, CLV): 2 decimals. */
    MONEY(2),
    /** A share, rate, probability or confidence level in [0, 1] (or a difference of two): 4. */
    PROPORTION(4),
    /** A model parameter, score, statistic or log-likelihood: 4 decimals. */
    ESTIMATE(4);

    final int decimals;

    Kind(int decimals) {
      this.decimals = decimals;
    }

    boolean numeric() {
      return decimals >= 0;
    }
  }

  Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if (!name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("column name must be snake_case, was '" + name + "'");
    }
  }

  static Column text(String name) {
    return new Column(name, Kind.TEXT, false, "");
  }

  /** A list of texts, joined by {@code joiner} in tables and CSV. */
  static Column texts(String name, String joiner) {
    return new Column(name, Kind.TEXTS, false, joiner);
  }

  static Column flag(String name) {
    return new Column(name, Kind.FLAG, false, "");
  }

  static Column count(String name) {
    return new Column(name, Kind.COUNT, false, "");
  }

  static Column amount(String name) {
    return new Column(name, Kind.AMOUNT, false, "");
  }

  static Column money(String name) {
    return new Column(name, Kind.MONEY, false, "");
  }

  static Column proportion(String name) {
    return new Column(name, Kind.PROPORTION, false, "");
  }

  static Column estimate(String name) {
    return new Column(name, Kind.ESTIMATE, false, "");
  }

  /** The same column, allowing null (an empty cell, JSON {@code null}): "not available". */
  Column orNull() {
    return new Column(name, kind, true, joiner);
  }

  /**
   * The value checked and normalised for this column: counts as {@link Long}, other numbers as
   * {@link Double}, flags as {@link Boolean}, texts as {@link String} or {@code List<String>}.
   *
   * @param context names the row, for the error message
   * @throws BadInputException if a number is NaN or infinite: inputs that overflow double range
   * @throws IllegalStateException if the value does not fit the column (a bug in the command)
   */
  @Nullable Object check(@Nullable Object value, String context) {
    if (value == null) {
      if (!nullable) {
        throw new IllegalStateException("column " + name + " must not be null" + context);
      }
      return null;
    }
    switch (kind) {
      case TEXT:
        if (value instanceof Enum<?> e) {
          return e.name().toLowerCase(Locale.ROOT);
        }
        return requireType(value, String.class);
      case TEXTS:
        List<?> list = (List<?>) requireType(value, List.class);
        for (Object o : list) {
          requireType(o, String.class);
        }
        return List.copyOf(list);
      case FLAG:
        return requireType(value, Boolean.class);
      case COUNT:
        if (value instanceof Integer || value instanceof Long) {
          return ((Number) value).longValue();
        }
        double d = finite(((Number) requireType(value, Number.class)).doubleValue(), context);
        if (d != Math.rint(d) || Math.abs(d) >= 0x1p53) {
          throw new IllegalStateException("column " + name + " holds counts, was " + d + context);
        }
        return (long) d;
      default:
        return finite(((Number) requireType(value, Number.class)).doubleValue(), context);
    }
  }

  private double finite(double d, String context) {
    if (!Double.isFinite(d)) {
      throw new BadInputException(
          "the result "
              + name
              + context
              + " is "
              + d
              + ", not a finite number: an input is out of double range (use smaller values)"
              + " or the result is undefined for this data");
    }
    return d;
  }

  private Object requireType(Object value, Class<?> type) {
    if (!type.isInstance(value)) {
      throw new IllegalStateException(
          "column " + name + " holds " + type.getSimpleName() + ", was " + value.getClass());
    }
    return value;
  }

  /** A checked value as people read it in a text table. */
  String human(@Nullable Object value) {
    if (value == null) {
      return "";
    }
    if (kind == Kind.TEXTS) {
      return Escape.line(String.join(joiner, strings(value)));
    }
    if (kind == Kind.COUNT || !kind.numeric()) {
      return Escape.line(value.toString());
    }
    String s = String.format(Locale.ROOT, "%." + kind.decimals + "f", (Double) value);
    return s.matches("-0\\.?0*") ? s.substring(1) : s;
  }

  /** A checked value as an exact CSV cell, not yet escaped. */
  String exact(@Nullable Object value) {
    if (value == null) {
      return "";
    }
    if (kind == Kind.TEXTS) {
      return String.join(joiner, strings(value));
    }
    if (value instanceof Double v) {
      return Escape.jsonNumber(v);
    }
    return value.toString();
  }

  /** A checked value as a JSON literal. */
  String json(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    switch (kind) {
      case TEXT:
        return Escape.jsonString((String) value);
      case TEXTS:
        StringBuilder b = new StringBuilder("[");
        List<String> items = strings(value);
        for (int i = 0; i < items.size(); i++) {
          b.append(i == 0 ? "" : ", ").append(Escape.jsonString(items.get(i)));
        }
        return b.append(']').toString();
      case FLAG:
      case COUNT:
        return value.toString();
      default:
        return Escape.jsonNumber((Double) value);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object value) {
    return (List<String>) value;
  }
}
