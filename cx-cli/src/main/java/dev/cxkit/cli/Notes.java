package dev.cxkit.cli;

import dev.cxkit.model.internal.Checks;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Notes a command makes about choices it took on the user's behalf (a detected time format, a
 * holdout that ends at the last purchase, customers a split left out). They are printed to stderr
 * as {@code note: ...} lines after a successful run only, so that a failing run keeps its one line
 * of error.
 */
final class Notes {
  private static final ThreadLocal<List<String>> NOTES = ThreadLocal.withInitial(ArrayList::new);

  private Notes() {}

  static void add(String note) {
    NOTES.get().add(note);
  }

  static void clear() {
    NOTES.get().clear();
  }

  /** Prints and clears the notes of this run. */
  static void print(PrintWriter err) {
    for (String n : NOTES.get()) {
      err.println("note: " + Checks.printable(n));
    }
    err.flush();
    clear();
  }
}
