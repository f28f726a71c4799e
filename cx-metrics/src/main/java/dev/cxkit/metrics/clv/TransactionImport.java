package dev.cxkit.metrics.clv;

import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.model.csv.IngestReport;
import java.util.Optional;

/**
 * Outcome of reading a transaction file: the imported log (absent when no record was valid) and the
 * {@link IngestReport} of the read: records read, accepted and rejected, counts per rule and the
 * first rejected records with file, line, column, field, value and rule. Nothing is dropped
 * silently, and memory stays bounded however many records are bad.
 *
 * <pre>{@code
 * TransactionImport in = TransactionFormat.cdnowSample().read(path);
 * in.report().rejections().forEach(r -> System.err.println(r.message()));
 * Transactions log = in.transactions().orElseThrow();
 * }</pre>
 *
 * @param transactions the valid records, absent if there were none
 * @param report the accounting of the read
 */
public record TransactionImport(Optional<Transactions> transactions, IngestReport report) {
  /** Validates the components. */
  public TransactionImport {
    checkNotNull(transactions, "transactions");
    checkNotNull(report, "report");
  }

  /** Number of imported records. */
  public int importedCount() {
    return transactions.map(Transactions::size).orElse(0);
  }
}
