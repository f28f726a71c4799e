package dev.cxkit.model.csv;

import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.model.internal.Names;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The column names of a delimited input (surrounding blanks stripped, a byte order mark already
 * removed) and the lookups readers map their fields with. A mapped column that is missing or
 * repeated is an {@link IngestException} naming the column, the header and the closest name ("did
 * you mean").
 *
 * {@snippet class=dev.cxkit.model.csv.SnippetsTest region=csvHeader}
 */
public final class CsvHeader {
  private final String source;
  private final long line;
  private final List<String> names;
  private final String text;

  CsvHeader(String source, long line, List<String> names, char separator) {
    this.source = source;
    this.line = line;
    this.names = List.copyOf(names);
    this.text = String.join(String.valueOf(separator), names);
  }

  /** A header given by the caller (for inputs read in chunks, or files without a header line). */
  public static CsvHeader of(String source, List<String> names) {
    return new CsvHeader(checkNotNull(source, "source"), 1, names, ',');
  }

  /** Number of columns. */
  public int size() {
    return names.size();
  }

  /** The column names, in order. */
  public List<String> names() {
    return names;
  }

  /** The name of column {@code i} (0-based). */
  public String name(int i) {
    return names.get(i);
  }

  /** The line the header was read from. */
  public long line() {
    return line;
  }

  /** The index of the first column named {@code name}, or -1. */
  public int indexOf(String name) {
    return names.indexOf(checkNotNull(name, "name"));
  }

  /** The index of the first of {@code candidates} that is a column, or -1. */
  public int indexOfAny(String... candidates) {
    for (String c : candidates) {
      int i = names.indexOf(c);
      if (i >= 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The index of the column {@code name}, which holds the reader's {@code role} (used in the
   * message).
   *
   * @throws IngestException when the header has no such column (naming the columns there are and
   *     the closest one), or has it more than once
   */
  public int require(String name, String role) throws IngestException {
    checkNotNull(name, "name");
    int i = names.indexOf(name);
    if (i < 0) {
      String closest = Names.closest(name, names);
      throw new IngestException(
          rejection(
              "the "
                  + role
                  + " column '"
                  + name
                  + "' must be in the header, columns are "
                  + names
                  + (closest == null ? "" : "; did you mean '" + closest + "'?")));
    }
    int j = names.lastIndexOf(name);
    if (j != i) {
      throw new IngestException(
          rejection(
              "the "
                  + role
                  + " column '"
                  + name
                  + "' must appear once in the header, was in columns "
                  + (i + 1)
                  + " and "
                  + (j + 1)));
    }
    return i;
  }

  /**
   * The first of {@code candidates} that is a column, for a field known by several names.
   *
   * @throws IngestException when none is (naming the columns there are and the one closest to any
   *     candidate)
   */
  public int requireAny(String role, String... candidates) throws IngestException {
    int i = indexOfAny(candidates);
    if (i < 0) {
      String closest = Names.closestToAny(Arrays.asList(candidates), names);
      throw new IngestException(
          rejection(
              "the "
                  + role
                  + " column must be in the header, named "
                  + String.join(" or ", candidates)
                  + "; columns are "
                  + names
                  + (closest == null ? "" : "; did you mean '" + closest + "'?")));
    }
    return require(names.get(i), role);
  }

  private Rejection rejection(String rule) {
    return new Rejection(source, line, 0, "header", text, rule);
  }

  /** Names of the columns, without the source. */
  @Override
  public String toString() {
    return "CsvHeader" + new ArrayList<>(names);
  }
}
