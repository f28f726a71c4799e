package dev.cxkit.spark;

import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Checks that named columns exist, so a misspelt name is an error rather than an empty result. */
final class Columns {
  private Columns() {}

  static void require(Dataset<Row> table, String role, String column) {
    if (column == null || !Arrays.asList(table.columns()).contains(column)) {
      throw new IllegalArgumentException(
          role
              + " must be a column of the table, was '"
              + column
              + "' (columns: "
              + String.join(", ", table.columns())
              + ")");
    }
  }
}
