package dev.cxkit.spark;

import org.apache.spark.sql.Dataset;

/**
 * Journeys assembled in Spark ({@link SparkJourneys#assemble}) with the event rows that could not
 * be read.
 *
 * <pre>{@code
 * JourneyTable t = SparkJourneys.assemble(events, columns, rules);
 * long converted = t.journeys().filter("converted").count();
 * t.rejections();   // complete after the first action
 * }</pre>
 */
public final class JourneyTable {
  private final Dataset<JourneyRow> journeys;
  private final RejectionCounter rejected;

  JourneyTable(Dataset<JourneyRow> journeys, RejectionCounter rejected) {
    this.journeys = journeys;
    this.rejected = rejected;
  }

  /** One row per journey (lazy: computed by the next action). */
  public Dataset<JourneyRow> journeys() {
    return journeys;
  }

  /** Event rows left out so far, per reason (complete once an action has run). */
  public RejectionReport rejections() {
    return rejected.value();
  }

  @Override
  public String toString() {
    return "JourneyTable{" + journeys.schema().simpleString() + "}";
  }
}
