package dev.cxkit.spark;

import java.io.Serializable;

/**
 * One parsed purchase (customer, epoch day, amount): the bean Spark encodes between parsing a
 * transactions table and summarising each customer in {@link SparkClv}.
 */
public final class PurchaseRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String customer = "";
  private int epochDay;
  private double amount;

  /** An empty row (bean constructor). */
  public PurchaseRow() {}

  PurchaseRow(String customer, int epochDay, double amount) {
    this.customer = customer;
    this.epochDay = epochDay;
    this.amount = amount;
  }

  /** Customer id. */
  public String getCustomer() {
    return customer;
  }

  /** Sets the customer id (bean setter). */
  public void setCustomer(String customer) {
    this.customer = customer;
  }

  /** Purchase date as days since 1970-01-01. */
  public int getEpochDay() {
    return epochDay;
  }

  /** Sets the day (bean setter). */
  public void setEpochDay(int epochDay) {
    this.epochDay = epochDay;
  }

  /** Purchase amount. */
  public double getAmount() {
    return amount;
  }

  /** Sets the amount (bean setter). */
  public void setAmount(double amount) {
    this.amount = amount;
  }
}
