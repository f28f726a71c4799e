package dev.cxkit.model.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.model.testing.ForkedJvm;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 200 MB line without a line end, read under {@code -Xmx256m}: a clear error, never OOM. */
class LargeInputTest {

  /** The forked program: reads the file, prints the error, exits 0 on the expected error. */
  public static void main(String[] args) throws IOException {
    try (CsvReader csv =
        CsvReader.open(Path.of(args[0]), CsvSettings.defaults(), RejectPolicy.failFast())) {
      csv.next();
      System.out.println("no error");
      System.exit(3);
    } catch (IngestException e) {
      System.out.println(e.getMessage());
    }
  }

  @Test
  void twoHundredMegabytesWithoutALineEndEndInTheRecordLimitError(@TempDir Path dir)
      throws Exception {
    Path file = ForkedJvm.sparseFile(dir, "one-line.csv", 200L << 20);
    ForkedJvm.Result r = ForkedJvm.run("256m", LargeInputTest.class, file.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith(file + ": line 1, field record, value '[U+0000]"), r.out());
    assertTrue(r.out().contains("record must be at most 16777216 bytes long"), r.out());
  }
}
