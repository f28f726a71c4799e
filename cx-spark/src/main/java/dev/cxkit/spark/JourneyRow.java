package dev.cxkit.spark;

import java.io.Serializable;

/**
 * One assembled journey: its customer, its number within the customer (0 first), start and end
 * time, duration, number of events, whether and where it converted, and its events' names and times
 * in order. A Java bean so that Spark stores it as columns (the name lists as arrays).
 */
public final class JourneyRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String customer = "";
  private int index;
  private long start;
  private long end;
  private long durationMillis;
  private int events;
  private boolean converted;
  private int conversionIndex;
  private String[] touchpoints = new String[0];
  private String[] channels = new String[0];
  private String[] types = new String[0];
  private String[] stages = new String[0];
  private long[] times = new long[0];

  /** An empty row (bean constructor). */
  public JourneyRow() {}

  /** Customer key. */
  public String getCustomer() {
    return customer;
  }

  /** Sets customer (bean setter). */
  public void setCustomer(String customer) {
    this.customer = customer;
  }

  /** Journey number within its customer, 0 first. */
  public int getIndex() {
    return index;
  }

  /** Sets index (bean setter). */
  public void setIndex(int index) {
    this.index = index;
  }

  /** Time of the first event, epoch milliseconds. */
  public long getStart() {
    return start;
  }

  /** Sets start (bean setter). */
  public void setStart(long start) {
    this.start = start;
  }

  /** Time of the last event, epoch milliseconds. */
  public long getEnd() {
    return end;
  }

  /** Sets end (bean setter). */
  public void setEnd(long end) {
    this.end = end;
  }

  /** End minus start, milliseconds. */
  public long getDurationMillis() {
    return durationMillis;
  }

  /** Sets durationMillis (bean setter). */
  public void setDurationMillis(long durationMillis) {
    this.durationMillis = durationMillis;
  }

  /** Number of events. */
  public int getEvents() {
    return events;
  }

  /** Sets events (bean setter). */
  public void setEvents(int events) {
    this.events = events;
  }

  /** Whether the journey reached the goal. */
  public boolean isConverted() {
    return converted;
  }

  /** Sets converted (bean setter). */
  public void setConverted(boolean converted) {
    this.converted = converted;
  }

  /** Position of the first goal event, or -1. */
  public int getConversionIndex() {
    return conversionIndex;
  }

  /** Sets conversionIndex (bean setter). */
  public void setConversionIndex(int conversionIndex) {
    this.conversionIndex = conversionIndex;
  }

  /** Touchpoint names in order. */
  public String[] getTouchpoints() {
    return touchpoints;
  }

  /** Sets touchpoints (bean setter). */
  public void setTouchpoints(String[] touchpoints) {
    this.touchpoints = touchpoints;
  }

  /** Channel names in order. */
  public String[] getChannels() {
    return channels;
  }

  /** Sets channels (bean setter). */
  public void setChannels(String[] channels) {
    this.channels = channels;
  }

  /** Event type names in order. */
  public String[] getTypes() {
    return types;
  }

  /** Sets types (bean setter). */
  public void setTypes(String[] types) {
    this.types = types;
  }

  /** Stage names in order. */
  public String[] getStages() {
    return stages;
  }

  /** Sets stages (bean setter). */
  public void setStages(String[] stages) {
    this.stages = stages;
  }

  /** Event times in order, epoch milliseconds. */
  public long[] getTimes() {
    return times;
  }

  /** Sets times (bean setter). */
  public void setTimes(long[] times) {
    this.times = times;
  }
}
