package dev.cxkit.spark;

import java.io.Serializable;

/**
 * One customer's sufficient statistics, as {@link dev.cxkit.metrics.clv.CalibrationSplit} computes
 * them: repeat frequency {@code x}, recency {@code t_x}, age {@code T}, mean repeat spend {@code
 * m_x} and the holdout repeat count and spend. A Java bean so that Spark stores it as columns
 * {@code customer, x, tx, age, meanRepeatSpend, holdoutX, holdoutSpend}.
 */
public final class CustomerSummaryRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String customer = "";
  private int x;
  private double tx;
  private double age;
  private double meanRepeatSpend;
  private int holdoutX;
  private double holdoutSpend;

  /** An empty row (bean constructor). */
  public CustomerSummaryRow() {}

  /** Customer id. */
  public String getCustomer() {
    return customer;
  }

  /** Sets the customer id (bean setter). */
  public void setCustomer(String customer) {
    this.customer = customer;
  }

  /** Repeat purchases (customer-days after the first) in calibration. */
  public int getX() {
    return x;
  }

  /** Sets x (bean setter). */
  public void setX(int x) {
    this.x = x;
  }

  /** Time of the last calibration repeat purchase since the first purchase (0 if x = 0). */
  public double getTx() {
    return tx;
  }

  /** Sets t_x (bean setter). */
  public void setTx(double tx) {
    this.tx = tx;
  }

  /** Time from the first purchase to the end of calibration ({@code T}). */
  public double getAge() {
    return age;
  }

  /** Sets T (bean setter). */
  public void setAge(double age) {
    this.age = age;
  }

  /** Mean value of the calibration repeat purchases (0 if x = 0). */
  public double getMeanRepeatSpend() {
    return meanRepeatSpend;
  }

  /** Sets m_x (bean setter). */
  public void setMeanRepeatSpend(double meanRepeatSpend) {
    this.meanRepeatSpend = meanRepeatSpend;
  }

  /** Repeat purchases in the holdout period (0 without holdout). */
  public int getHoldoutX() {
    return holdoutX;
  }

  /** Sets x* (bean setter). */
  public void setHoldoutX(int holdoutX) {
    this.holdoutX = holdoutX;
  }

  /** Spend in the holdout period. */
  public double getHoldoutSpend() {
    return holdoutSpend;
  }

  /** Sets the holdout spend (bean setter). */
  public void setHoldoutSpend(double holdoutSpend) {
    this.holdoutSpend = holdoutSpend;
  }
}
