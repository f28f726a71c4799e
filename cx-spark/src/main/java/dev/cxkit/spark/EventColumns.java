package dev.cxkit.spark;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * Which columns of an event table hold the customer, the time and the touchpoint, and optionally
 * the channel, event type and stage. Times are read from timestamp or date columns, from whole
 * numbers (epoch milliseconds) or from ISO-8601 text ({@code 2024-05-01T10:15:30Z}).
 *
 * <pre>{@code
 * EventColumns c = EventColumns.of("customer_id", "event_time", "touchpoint").withChannel("channel");
 * }</pre>
 *
 * @param customer customer column
 * @param time time column
 * @param touchpoint touchpoint column
 * @param channel channel column, or null
 * @param type event type column, or null
 * @param stage stage column, or null
 */
public record EventColumns(
    String customer,
    String time,
    String touchpoint,
    @Nullable String channel,
    @Nullable String type,
    @Nullable String stage)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Validates that the required names are given. */
  public EventColumns {
    for (String[] f :
        new String[][] {{"customer", customer}, {"time", time}, {"touchpoint", touchpoint}}) {
      if (f[1] == null || f[1].isBlank()) {
        throw new IllegalArgumentException(f[0] + " column must be named, was '" + f[1] + "'");
      }
    }
  }

  /** Customer, time and touchpoint columns only. */
  public static EventColumns of(String customer, String time, String touchpoint) {
    return new EventColumns(customer, time, touchpoint, null, null, null);
  }

  /** These columns with a channel column. */
  public EventColumns withChannel(String column) {
    return new EventColumns(customer, time, touchpoint, column, type, stage);
  }

  /** These columns with an event type column. */
  public EventColumns withType(String column) {
    return new EventColumns(customer, time, touchpoint, channel, column, stage);
  }

  /** These columns with a stage column. */
  public EventColumns withStage(String column) {
    return new EventColumns(customer, time, touchpoint, channel, type, column);
  }
}
