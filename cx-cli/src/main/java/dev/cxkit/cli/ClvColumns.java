package dev.cxkit.cli;

import java.util.ArrayList;
import java.util.List;

/** The columns of a {@code clv predict} record, shared by every model and the interval mode. */
final class ClvColumns {
  private ClvColumns() {}

  /** The prediction columns, then {@code extra}. */
  static Column[] predictions(Column... extra) {
    List<Column> c =
        new ArrayList<>(
            List.of(
                Column.text("customer"),
                Column.count("x"),
                Column.amount("t_x"),
                Column.amount("t_cal"),
                Column.proportion("p_alive"),
                Column.amount("expected_purchases"),
                Column.count("holdout_actual").orNull(),
                Column.money("expected_spend").orNull(),
                Column.money("expected_value").orNull()));
    c.addAll(List.of(extra));
    return c.toArray(new Column[0]);
  }
}
