package dev.cxkit.metrics.clv;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkElementIndex;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A purchase log (customer, date, amount) in any order, stored column by column with customers
 * interned to dense {@code int} ids. Input to {@link CalibrationSplit#summarise(Transactions)}.
 *
 * {@snippet class=dev.cxkit.metrics.clv.SnippetsTest region=transactions}
 */
public final class Transactions {
  final List<String> customers;
  final int[] customer;
  final int[] epochDay;
  final double[] amount;

  private Transactions(List<String> customers, int[] customer, int[] epochDay, double[] amount) {
    this.customers = customers;
    this.customer = customer;
    this.epochDay = epochDay;
    this.amount = amount;
  }

  /** A builder collecting transactions one by one. */
  public static Builder builder() {
    return new Builder();
  }

  /** Number of transaction records. */
  public int size() {
    return customer.length;
  }

  /** Number of distinct customers. */
  public int customerCount() {
    return customers.size();
  }

  /** Customer id of record {@code i}. */
  public String customer(int i) {
    checkElementIndex(i, size());
    return customers.get(customer[i]);
  }

  /** Date of record {@code i}. */
  public LocalDate date(int i) {
    checkElementIndex(i, size());
    return LocalDate.ofEpochDay(epochDay[i]);
  }

  /** Amount of record {@code i}. */
  public double amount(int i) {
    checkElementIndex(i, size());
    return amount[i];
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "Transactions{records=%d, customers=%d}", size(), customerCount());
  }

  /**
   * Collects transactions; amounts must be finite and {@code >= 0}.
   *
   * {@snippet class=dev.cxkit.metrics.clv.SnippetsTest region=transactions2}
   */
  public static final class Builder {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private int[] customer = new int[16];
    private int[] day = new int[16];
    private double[] amount = new double[16];
    private int size;

    Builder() {}

    /** Adds one purchase. */
    public Builder add(String customerId, LocalDate date, double amount) {
      checkNotNull(customerId, "customer id");
      checkNotNull(date, "date");
      checkArgument(
          Double.isFinite(amount) && amount >= 0.0,
          "customer %s: amount must be finite and >= 0, was %s",
          customerId,
          amount);
      long epoch = date.toEpochDay();
      checkArgument(
          epoch >= Integer.MIN_VALUE && epoch <= Integer.MAX_VALUE,
          "customer %s: date out of range, was %s",
          customerId,
          date);
      Integer id = ids.get(customerId);
      if (id == null) {
        id = names.size();
        ids.put(customerId, id);
        names.add(customerId);
      }
      if (size == customer.length) {
        customer = Arrays.copyOf(customer, size * 2);
        day = Arrays.copyOf(day, size * 2);
        this.amount = Arrays.copyOf(this.amount, size * 2);
      }
      customer[size] = id;
      day[size] = (int) epoch;
      this.amount[size] = amount;
      size++;
      return this;
    }

    /** Number of records added so far. */
    public int size() {
      return size;
    }

    /** The log; at least one record is required. */
    public Transactions build() {
      checkArgument(size > 0, "transactions must have at least one record, was %s", size);
      return new Transactions(
          List.copyOf(names),
          Arrays.copyOf(customer, size),
          Arrays.copyOf(day, size),
          Arrays.copyOf(amount, size));
    }
  }
}
