package dev.cxkit.journey.attribution;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkElementIndex;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * An aggregated path table: distinct channel paths with the number of journeys that converted on
 * each, their summed conversion value and the number that did not convert.
 *
 * <p>Channels are interned to dense ids {@code 0..channelCount()-1}; paths are stored compactly as
 * offsets into one array of channel ids, and identical paths are aggregated (timed paths, which
 * carry one timestamp per touch, are kept one per journey). Instances are immutable. Read one from
 * a file with {@link PathTableReader} or build one in code:
 *
 * <pre>{@code
 * PathTable table = PathTable.builder()
 *     .add(List.of("search", "email", "search"), 3, 120.0, 7)  // 3 converted, 7 did not
 *     .add(List.of("display"), 0, 0.0, 12)
 *     .build();
 * AttributionResult r = AttributionModel.linear().attribute(table);
 * }</pre>
 */
public final class PathTable {
  private final String[] channels;
  final int[] offsets;
  final int[] touches;
  final long[] touchTimes; // epoch millis per touch, or null
  final long[] conversions;
  final double[] values;
  final long[] nulls;
  private final boolean hasNulls;
  private final long totalConversions;
  private final long totalNulls;
  private final double totalValue;

  PathTable(
      String[] channels,
      int[] offsets,
      int[] touches,
      long[] touchTimes,
      long[] conversions,
      double[] values,
      long[] nulls,
      boolean hasNulls) {
    this.channels = channels;
    this.offsets = offsets;
    this.touches = touches;
    this.touchTimes = touchTimes;
    this.conversions = conversions;
    this.values = values;
    this.nulls = nulls;
    this.hasNulls = hasNulls;
    long c = 0;
    long n = 0;
    for (int p = 0; p < conversions.length; p++) {
      c = Math.addExact(c, conversions[p]);
      n = Math.addExact(n, nulls[p]);
    }
    this.totalConversions = c;
    this.totalNulls = n;
    this.totalValue = Credits.exactSum(values);
  }

  /** A builder of a table in code; identical paths are aggregated. */
  public static Builder builder() {
    return new Builder();
  }

  /** Number of distinct channels. */
  public int channelCount() {
    return channels.length;
  }

  /** The name of channel {@code id}. */
  public String channel(int id) {
    checkElementIndex(id, channels.length, "channel id");
    return channels[id];
  }

  /** Channel names in id order. */
  public List<String> channels() {
    return Collections.unmodifiableList(List.of(channels));
  }

  String[] channelArray() {
    return channels;
  }

  /** Number of distinct paths (after aggregation of identical ones). */
  public int pathCount() {
    return conversions.length;
  }

  /** Number of touches on path {@code path}. */
  public int pathLength(int path) {
    checkElementIndex(path, pathCount(), "path");
    return offsets[path + 1] - offsets[path];
  }

  /** The channel names of path {@code path}, in touch order. */
  public List<String> path(int path) {
    int len = pathLength(path);
    List<String> out = new ArrayList<>(len);
    for (int i = 0; i < len; i++) {
      out.add(channels[touches[offsets[path] + i]]);
    }
    return Collections.unmodifiableList(out);
  }

  /** Journeys on path {@code path} that converted. */
  public long conversions(int path) {
    checkElementIndex(path, pathCount(), "path");
    return conversions[path];
  }

  /** Summed conversion value of path {@code path}. */
  public double value(int path) {
    checkElementIndex(path, pathCount(), "path");
    return values[path];
  }

  /** Journeys on path {@code path} that did not convert. */
  public long nulls(int path) {
    checkElementIndex(path, pathCount(), "path");
    return nulls[path];
  }

  /** True when the table knows non-converting journeys (a null column, or built in code). */
  public boolean hasNulls() {
    return hasNulls;
  }

  /** True when every touch carries a timestamp (needed by time-decay attribution). */
  public boolean hasTouchTimes() {
    return touchTimes != null;
  }

  /** Total converting journeys. */
  public long totalConversions() {
    return totalConversions;
  }

  /** Total non-converting journeys. */
  public long totalNulls() {
    return totalNulls;
  }

  /** Total journeys, converting or not. */
  public long totalJourneys() {
    return totalConversions + totalNulls;
  }

  /** Total conversion value (exactly rounded sum of the path values). */
  public double totalValue() {
    return totalValue;
  }

  /** Total number of touches over the distinct paths. */
  public long touchCount() {
    return touches.length;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "PathTable[%d channels, %d paths, %d conversions, value %.6g, %d nulls%s]",
        channels.length,
        pathCount(),
        totalConversions,
        totalValue,
        totalNulls,
        touchTimes != null ? ", timed" : "");
  }

  /**
   * Builds a {@link PathTable} in code. Either every path carries touch times or none does.
   *
   * <p>Rules (IllegalArgumentException naming field, value and rule): a path has at least one touch
   * and no blank channel; conversions, nulls and value are non-negative and finite; a row has
   * conversions or nulls; value is 0 when conversions is 0.
   */
  public static final class Builder {
    private final ChannelDictionary dictionary = new ChannelDictionary();
    private PathStore store;
    private int[] scratch = new int[16];
    private boolean nullColumn = true;

    Builder() {}

    /** The rows come from a file without a null column: {@link PathTable#hasNulls()} is false. */
    void withoutNullColumn() {
      nullColumn = false;
    }

    /** Adds journeys on {@code path}: {@code conversions} converted with summed {@code value}. */
    public Builder add(List<String> path, long conversions, double value, long nulls) {
      if (store == null) {
        store = new PathStore(false);
      }
      checkArgument(
          !store.timed(), "path must carry touch times like the rows before, was %s", path);
      int len = intern(path, conversions, value, nulls);
      store.add(scratch, len, conversions, value, nulls);
      return this;
    }

    /** Adds one or more journeys on {@code path} whose touches happened at {@code touchTimes}. */
    public Builder addTimed(
        List<String> path, List<Instant> touchTimes, long conversions, double value, long nulls) {
      if (store == null) {
        store = new PathStore(true);
      }
      checkArgument(
          store.timed(), "path must not carry touch times like the rows before, was %s", path);
      checkArgument(
          touchTimes.size() == path.size(),
          "touchTimes must have one time per touch (%s), was %s",
          path.size(),
          touchTimes.size());
      int len = intern(path, conversions, value, nulls);
      long[] times = new long[len];
      for (int i = 0; i < len; i++) {
        times[i] = touchTimes.get(i).toEpochMilli();
        if (i > 0 && times[i] < times[i - 1]) {
          throw new IllegalArgumentException(
              "touchTimes must be in order, was "
                  + touchTimes.get(i)
                  + " after "
                  + touchTimes.get(i - 1));
        }
      }
      store.addTimed(scratch, times, len, conversions, value, nulls);
      return this;
    }

    private int intern(List<String> path, long conversions, double value, long nulls) {
      checkArgument(!path.isEmpty(), "path must have at least one touch, was empty");
      checkArgument(conversions >= 0, "conversions must be >= 0, was %s", conversions);
      checkArgument(nulls >= 0, "nulls must be >= 0, was %s", nulls);
      checkArgument(
          conversions + nulls > 0,
          "a row must have conversions or nulls, was 0 and 0 for %s",
          path);
      checkArgument(
          Double.isFinite(value) && value >= 0, "value must be finite and >= 0, was %s", value);
      checkArgument(
          conversions > 0 || value == 0, "value must be 0 when conversions is 0, was %s", value);
      if (scratch.length < path.size()) {
        scratch = new int[path.size()];
      }
      for (int i = 0; i < path.size(); i++) {
        String channel = path.get(i);
        checkArgument(
            !channel.isBlank(), "channel must not be blank, was '%s' in %s", channel, path);
        scratch[i] = dictionary.intern(channel.strip());
      }
      return path.size();
    }

    /** The table; an empty builder gives an empty table. */
    public PathTable build() {
      PathStore s = store != null ? store : new PathStore(false);
      return s.toTable(dictionary.names(), nullColumn);
    }
  }
}
