package dev.cxkit.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small delimited-file reader for the CLI's own inputs (survey answers, customer summaries):
 * header line first, double-quoted fields, blank lines skipped, every record with its line number.
 */
final class CsvFile {
  /** One record and its 1-based line number. */
  record Row(long line, List<String> fields) {}

  private final Path file;
  private final List<String> header;
  private final List<Row> rows;

  private CsvFile(Path file, List<String> header, List<Row> rows) {
    this.file = file;
    this.header = header;
    this.rows = rows;
  }

  static CsvFile read(Path file, char delimiter) throws IOException {
    List<String> header = null;
    List<Row> rows = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      long n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        List<String> fields = split(line, delimiter);
        if (header == null) {
          header = fields;
        } else {
          if (fields.size() != header.size()) {
            throw BadInputException.cell(
                file,
                n,
                "(record)",
                line.length() > 40 ? line.substring(0, 40) + "..." : line,
                "must have " + header.size() + " fields like the header, has " + fields.size());
          }
          rows.add(new Row(n, fields));
        }
      }
    }
    if (header == null) {
      throw new BadInputException(file + ": empty file, expected a header line");
    }
    return new CsvFile(file, header, rows);
  }

  Path file() {
    return file;
  }

  List<Row> rows() {
    return rows;
  }

  List<String> header() {
    return header;
  }

  boolean has(String column) {
    return header.contains(column);
  }

  /** The index of a column, or bad input naming the columns there are. */
  int column(String name) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new BadInputException(
          file
              + ": line 1, field header, value '"
              + name
              + "': no such column; columns are "
              + header);
    }
    return i;
  }

  /** The first of several accepted column names that exists, or -1. */
  int anyColumn(String... names) {
    for (String n : names) {
      int i = header.indexOf(n);
      if (i >= 0) {
        return i;
      }
    }
    return -1;
  }

  int integer(Row row, int column, String rule) {
    String v = row.fields().get(column).strip();
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw BadInputException.cell(file, row.line(), header.get(column), v, rule);
    }
  }

  double number(Row row, int column, String rule) {
    String v = row.fields().get(column).strip();
    try {
      double d = Double.parseDouble(v);
      if (!Double.isFinite(d)) {
        throw new NumberFormatException(v);
      }
      return d;
    } catch (NumberFormatException e) {
      throw BadInputException.cell(file, row.line(), header.get(column), v, rule);
    }
  }

  static List<String> split(String line, char delimiter) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            cur.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cur.append(c);
        }
      } else if (c == '"' && cur.length() == 0) {
        quoted = true;
      } else if (c == delimiter) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }
}
