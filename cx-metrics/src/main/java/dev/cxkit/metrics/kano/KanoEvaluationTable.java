package dev.cxkit.metrics.kano;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import java.util.Arrays;

/**
 * The 5 × 5 evaluation table mapping a (functional, dysfunctional) answer pair to a {@link
 * KanoCategory}. Rows are functional answers, columns dysfunctional answers, both in {@link
 * KanoAnswer} order. The default is the table of Berger et al. (1993); any other table can be given
 * as five strings of category codes.
 *
 * {@snippet class=dev.cxkit.metrics.kano.SnippetsTest region=kanoEvaluationTable}
 */
public final class KanoEvaluationTable {

  private static final KanoEvaluationTable BERGER_1993 =
      of("QAAAO", "RIIIM", "RIIIM", "RIIIM", "RRRRQ");

  private final KanoCategory[][] cells;

  private KanoEvaluationTable(KanoCategory[][] cells) {
    this.cells = cells;
  }

  /**
   * Berger et al. (1993), "Kano's methods for understanding customer-defined quality", Center for
   * Quality of Management Journal 2(4): the standard table.
   */
  public static KanoEvaluationTable berger1993() {
    return BERGER_1993;
  }

  /**
   * A table from five rows of five category codes (functional answer LIKE..DISLIKE per row,
   * dysfunctional answer LIKE..DISLIKE per column).
   */
  public static KanoEvaluationTable of(String... rows) {
    checkArgument(rows.length == 5, "Kano table must have 5 rows, was %s", rows.length);
    KanoCategory[][] cells = new KanoCategory[5][5];
    for (int r = 0; r < 5; r++) {
      checkArgument(
          rows[r].length() == 5, "Kano table row %s must have 5 codes, was '%s'", r, rows[r]);
      for (int c = 0; c < 5; c++) {
        cells[r][c] = KanoCategory.ofCode(rows[r].charAt(c));
      }
    }
    return new KanoEvaluationTable(cells);
  }

  /** The category of one respondent's answer pair. */
  public KanoCategory classify(KanoAnswer functional, KanoAnswer dysfunctional) {
    return cells[functional.ordinal()][dysfunctional.ordinal()];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KanoEvaluationTable t && Arrays.deepEquals(cells, t.cells);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(cells);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("KanoEvaluationTable[");
    for (int r = 0; r < 5; r++) {
      if (r > 0) {
        sb.append(' ');
      }
      for (int c = 0; c < 5; c++) {
        sb.append(cells[r][c].code());
      }
    }
    return sb.append(']').toString();
  }
}
