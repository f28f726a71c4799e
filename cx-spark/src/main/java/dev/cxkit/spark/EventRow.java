package dev.cxkit.spark;

import java.io.Serializable;

/**
 * One parsed event: customer, epoch milliseconds and the touchpoint, channel, type and stage names
 * (empty when the table has no such column). The bean Spark encodes between parsing an event table
 * and assembling each customer's journeys in {@link SparkJourneys}.
 */
public final class EventRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String customer = "";
  private long time;
  private String touchpoint = "";
  private String channel = "";
  private String type = "";
  private String stage = "";

  /** An empty row (bean constructor). */
  public EventRow() {}

  EventRow(
      String customer, long time, String touchpoint, String channel, String type, String stage) {
    this.customer = customer;
    this.time = time;
    this.touchpoint = touchpoint;
    this.channel = channel;
    this.type = type;
    this.stage = stage;
  }

  /** Customer key. */
  public String getCustomer() {
    return customer;
  }

  /** Sets customer (bean setter). */
  public void setCustomer(String customer) {
    this.customer = customer;
  }

  /** Event time, epoch milliseconds. */
  public long getTime() {
    return time;
  }

  /** Sets time (bean setter). */
  public void setTime(long time) {
    this.time = time;
  }

  /** Touchpoint name. */
  public String getTouchpoint() {
    return touchpoint;
  }

  /** Sets touchpoint (bean setter). */
  public void setTouchpoint(String touchpoint) {
    this.touchpoint = touchpoint;
  }

  /** Channel name (may be empty). */
  public String getChannel() {
    return channel;
  }

  /** Sets channel (bean setter). */
  public void setChannel(String channel) {
    this.channel = channel;
  }

  /** Event type name (may be empty). */
  public String getType() {
    return type;
  }

  /** Sets type (bean setter). */
  public void setType(String type) {
    this.type = type;
  }

  /** Stage name (may be empty). */
  public String getStage() {
    return stage;
  }

  /** Sets stage (bean setter). */
  public void setStage(String stage) {
    this.stage = stage;
  }
}
