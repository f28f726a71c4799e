package dev.cxkit.cli;

import dev.cxkit.render.text.Escape;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a command prints: typed fields (text, flags, integers, numbers), single records and lists of
 * records, in order. One result, three formats:
 *
 * <ul>
 *   <li>{@code table}: the fields as aligned {@code name value} lines, then each record or list as
 *       a text table (under its name in capitals when the result has more than one part);
 *   <li>{@code csv}: one list of records (the first list or record added, or the one named with
 *       {@link #csv(String)}); a result with fields only prints them as one record;
 *   <li>{@code json}: one object {@code {"command": ..., "schema_version": 1, ...}} whose keys are
 *       the field, record and list names, with typed values: booleans, integers, numbers, strings,
 *       arrays of strings, objects and arrays of objects; never NaN or Infinity. Its shape is
 *       documented per command by a JSON Schema in {@code docs/schema/cli/}.
 * </ul>
 *
 * {@snippet class=dev.cxkit.cli.SnippetsTest region=result}
 */
final class Result {
  /** Version of every command's JSON shape; bumped on an incompatible change. */
  static final int SCHEMA_VERSION = 1;

  private record Part(String name, @Nullable Column field, @Nullable Object value, Shape shape) {}

  private enum Shape {
    FIELD,
    RECORD,
    LIST
  }

  private final String command;
  private final List<Part> parts = new ArrayList<>();
  private @Nullable String csvPart;

  /** A result of {@code command}, for example {@code "journeys funnel"}. */
  Result(String command) {
    this.command = command;
  }

  /** A typed field; see {@link Column#check} for the values each kind takes. */
  Result field(Column column, @Nullable Object value) {
    parts.add(new Part(column.name(), column, column.check(value, ""), Shape.FIELD));
    return this;
  }

  /** A single record: the table's only row as a JSON object, or null when the table is empty. */
  Result record(String name, Table oneRow) {
    if (oneRow.size() > 1) {
      throw new IllegalStateException(name + " must have at most one row, had " + oneRow.size());
    }
    parts.add(new Part(name, null, oneRow, Shape.RECORD));
    return this;
  }

  /** A list of records: a JSON array of objects. */
  Result list(String name, Table records) {
    parts.add(new Part(name, null, records, Shape.LIST));
    return this;
  }

  /** The record or list that CSV prints (default: the first one added). */
  Result csv(String name) {
    if (parts.stream().noneMatch(p -> p.name().equals(name) && p.shape() != Shape.FIELD)) {
      throw new IllegalStateException("no record or list " + name);
    }
    csvPart = name;
    return this;
  }

  void print(PrintWriter out, OutputFormat format) {
    out.print(render(format));
    out.flush();
  }

  String render(OutputFormat format) {
    switch (format) {
      case csv:
        return csv();
      case json:
        return json();
      default:
        return text();
    }
  }

  private String text() {
    StringBuilder out = new StringBuilder();
    List<Part> fields = parts.stream().filter(p -> p.shape() == Shape.FIELD).toList();
    long tables = parts.size() - fields.size();
    int width = fields.stream().mapToInt(p -> p.name().length()).max().orElse(0);
    for (Part f : fields) {
      String pad = " ".repeat(width - f.name().length());
      out.append(f.name()).append(pad).append("  ").append(column(f).human(f.value())).append('\n');
    }
    boolean headings = tables > 1 || !fields.isEmpty() && tables > 0;
    for (Part p : parts) {
      if (p.shape() == Shape.FIELD) {
        continue;
      }
      if (out.length() > 0) {
        out.append('\n');
      }
      if (headings) {
        out.append(p.name().toUpperCase(java.util.Locale.ROOT).replace('_', ' ')).append('\n');
      }
      Table t = table(p);
      out.append(t.size() == 0 && p.shape() == Shape.RECORD ? "(none)\n" : t.text());
    }
    return out.toString();
  }

  private static Table table(Part part) {
    return (Table) java.util.Objects.requireNonNull(part.value(), "a table part has its table");
  }

  private static Column column(Part field) {
    return java.util.Objects.requireNonNull(field.field(), "a field part has a column");
  }

  private String csv() {
    for (Part p : parts) {
      if (p.shape() != Shape.FIELD && (csvPart == null || csvPart.equals(p.name()))) {
        return table(p).csv();
      }
    }
    List<Column> columns = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    for (Part p : parts) {
      columns.add(column(p));
      values.add(p.value());
    }
    return new Table(columns.toArray(new Column[0])).row(values.toArray()).csv();
  }

  private String json() {
    StringBuilder out = new StringBuilder("{\n");
    out.append("  \"command\": ").append(Escape.jsonString(command)).append(",\n");
    out.append("  \"schema_version\": ").append(SCHEMA_VERSION);
    for (Part p : parts) {
      out.append(",\n  ").append(Escape.jsonString(p.name())).append(": ");
      if (p.shape() == Shape.FIELD) {
        out.append(column(p).json(p.value()));
      } else if (p.shape() == Shape.RECORD) {
        Table t = table(p);
        out.append(t.size() == 0 ? "null" : t.jsonObject(0));
      } else {
        Table t = table(p);
        if (t.size() == 0) {
          out.append("[]");
          continue;
        }
        out.append("[\n");
        for (int r = 0; r < t.size(); r++) {
          out.append("    ").append(t.jsonObject(r)).append(r + 1 < t.size() ? ",\n" : "\n");
        }
        out.append("  ]");
      }
    }
    return out.append("\n}\n").toString();
  }
}
