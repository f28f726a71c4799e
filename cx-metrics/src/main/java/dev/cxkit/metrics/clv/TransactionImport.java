package dev.cxkit.metrics.clv;

import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;

/**
 * Outcome of reading a transaction file: the imported log (absent when no line was valid) and every
 * rejected line with its number and reason; nothing is dropped silently.
 *
 * <pre>{@code
 * TransactionImport in = TransactionFormat.cdnowSample().read(path);
 * in.rejected().forEach(System.err::println);
 * Transactions log = in.transactions().orElseThrow();
 * }</pre>
 *
 * @param transactions the valid records, absent if there were none
 * @param rejected the rejected lines, in file order
 * @param linesRead number of lines read, including header and rejected lines
 */
public record TransactionImport(
    Optional<Transactions> transactions, List<RejectedRow> rejected, long linesRead) {
  /** Copies the list of rejected rows. */
  public TransactionImport {
    checkNotNull(transactions, "transactions");
    rejected = List.copyOf(rejected);
  }

  /** Number of imported records. */
  public int importedCount() {
    return transactions.map(Transactions::size).orElse(0);
  }
}
