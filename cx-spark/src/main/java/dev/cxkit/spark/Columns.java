package dev.cxkit.spark;

import dev.cxkit.model.internal.Names;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Checks that named columns exist, so a misspelt name is an error rather than an empty result. */
final class Columns {
  private Columns() {}

  static void require(Dataset<Row> table, String role, String column) {
    List<String> columns = Arrays.asList(table.columns());
    if (column == null || !columns.contains(column)) {
      String closest = column == null ? null : Names.closest(column, columns);
      throw new IllegalArgumentException(
          role
              + " must be a column of the table, was '"
              + column
              + "' (columns: "
              + String.join(", ", table.columns())
              + ")"
              + (closest == null ? "" : "; did you mean '" + closest + "'?"));
    }
  }
}
