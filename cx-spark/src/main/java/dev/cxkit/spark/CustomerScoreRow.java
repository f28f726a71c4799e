package dev.cxkit.spark;

import java.io.Serializable;

/**
 * One customer scored by a fitted model: probability alive, expected purchases over the horizon
 * and, when a spend model is given, expected spend per purchase and lifetime value. Spark stores it
 * as columns {@code customer, x, tx, age, probabilityAlive, expectedPurchases, expectedSpend, clv}
 * (NaN where no spend model was given).
 */
public final class CustomerScoreRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String customer = "";
  private int x;
  private double tx;
  private double age;
  private double probabilityAlive;
  private double expectedPurchases;
  private double expectedSpend = Double.NaN;
  private double clv = Double.NaN;

  /** An empty row (bean constructor). */
  public CustomerScoreRow() {}

  /** Customer id. */
  public String getCustomer() {
    return customer;
  }

  /** Sets the customer id (bean setter). */
  public void setCustomer(String customer) {
    this.customer = customer;
  }

  /** Repeat frequency x. */
  public int getX() {
    return x;
  }

  /** Sets x (bean setter). */
  public void setX(int x) {
    this.x = x;
  }

  /** Recency t_x. */
  public double getTx() {
    return tx;
  }

  /** Sets t_x (bean setter). */
  public void setTx(double tx) {
    this.tx = tx;
  }

  /** Age T. */
  public double getAge() {
    return age;
  }

  /** Sets T (bean setter). */
  public void setAge(double age) {
    this.age = age;
  }

  /** P(alive | x, t_x, T). */
  public double getProbabilityAlive() {
    return probabilityAlive;
  }

  /** Sets P(alive) (bean setter). */
  public void setProbabilityAlive(double probabilityAlive) {
    this.probabilityAlive = probabilityAlive;
  }

  /** Expected purchases over the scoring horizon. */
  public double getExpectedPurchases() {
    return expectedPurchases;
  }

  /** Sets the expected purchases (bean setter). */
  public void setExpectedPurchases(double expectedPurchases) {
    this.expectedPurchases = expectedPurchases;
  }

  /** Gamma-Gamma conditional expected spend per purchase (NaN without a spend model). */
  public double getExpectedSpend() {
    return expectedSpend;
  }

  /** Sets the expected spend (bean setter). */
  public void setExpectedSpend(double expectedSpend) {
    this.expectedSpend = expectedSpend;
  }

  /** Customer lifetime value (NaN without a spend model). */
  public double getClv() {
    return clv;
  }

  /** Sets the CLV (bean setter). */
  public void setClv(double clv) {
    this.clv = clv;
  }
}
