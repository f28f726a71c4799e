package dev.cxkit.journey.paths;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkElementIndex;

import dev.cxkit.journey.internal.CompensatedSums;
import dev.cxkit.journey.internal.NameInterner;
import dev.cxkit.model.internal.ExactMath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The path table of cxkit: distinct paths of steps (channels, or touchpoints, types, stages) with
 * the number of journeys that converted on each, their summed conversion value and the number that
 * did not convert. Attribution runs on it, {@link PathVariants} ranks it, and it comes from a file
 * ({@code PathTableReader} in {@code journey.attribution}), from journeys ({@link
 * JourneyPathTables}) or from code.
 *
 * <p>Steps are interned to dense ids {@code 0..channelCount()-1}; paths are stored compactly as
 * offsets into one array of step ids, and identical paths are aggregated (timed paths, which carry
 * one timestamp per touch, are kept one per journey). Instances are immutable.
 *
 * {@snippet class=dev.cxkit.journey.paths.SnippetsTest region=pathTable}
 */
public final class PathTable {
  private final String[] channels;
  private final int[] offsets;
  private final int[] touches;
  private final long @Nullable [] touchTimes; // epoch millis per touch
  private final long @Nullable [] endTimes; // epoch millis per path (timed tables)
  private final long[] conversions;
  private final double[] values;
  private final long[] nulls;
  private final boolean hasNulls;
  private final long totalConversions;
  private final long totalNulls;
  private final double totalValue;

  PathTable(
      String[] channels,
      int[] offsets,
      int[] touches,
      long @Nullable [] touchTimes,
      long @Nullable [] endTimes,
      long[] conversions,
      double[] values,
      long[] nulls,
      boolean hasNulls) {
    this.channels = channels;
    this.offsets = offsets;
    this.touches = touches;
    this.touchTimes = touchTimes;
    this.endTimes = endTimes;
    this.conversions = conversions;
    this.values = values;
    this.nulls = nulls;
    this.hasNulls = hasNulls;
    long c = 0;
    long n = 0;
    for (int p = 0; p < conversions.length; p++) {
      c = ExactMath.add("total conversions", c, conversions[p]);
      n = ExactMath.add("total nulls", n, nulls[p]);
    }
    ExactMath.add("total journeys", c, n); // totalJourneys() is then exact
    this.totalConversions = c;
    this.totalNulls = n;
    this.totalValue = CompensatedSums.sum(values);
  }

  /**
   * This table's paths (same channels, touches and times) taken by other numbers of journeys: path
   * p by {@code conversions[p]} converting journeys worth {@code values[p]} and {@code nulls[p]}
   * others, for resampling and reweighting. A path may get no journey at all. The arrays are
   * copied.
   *
   * @throws IllegalArgumentException when an array does not have one entry per path, a count is
   *     negative, a value is negative or not finite, or a path without conversions has a value
   */
  public PathTable withCounts(long[] conversions, double[] values, long[] nulls) {
    int n = pathCount();
    checkArgument(
        conversions.length == n && values.length == n && nulls.length == n,
        "conversions, values and nulls must have one entry per path (%s), was %s, %s and %s",
        n,
        conversions.length,
        values.length,
        nulls.length);
    for (int p = 0; p < n; p++) {
      checkArgument(
          conversions[p] >= 0 && nulls[p] >= 0,
          "counts of path %s must be >= 0, was %s and %s",
          p,
          conversions[p],
          nulls[p]);
      checkArgument(
          Double.isFinite(values[p]) && values[p] >= 0 && (conversions[p] > 0 || values[p] == 0),
          "value of path %s must be finite, >= 0 and 0 without conversions, was %s",
          p,
          values[p]);
    }
    return new PathTable(
        channels,
        offsets,
        touches,
        touchTimes,
        endTimes,
        conversions.clone(),
        values.clone(),
        nulls.clone(),
        hasNulls);
  }

  /** A builder of a table in code; identical paths are aggregated. */
  public static Builder builder() {
    return new Builder();
  }

  /** Number of distinct channels (steps). */
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

  /** Number of distinct paths (after aggregation of identical ones). */
  public int pathCount() {
    return conversions.length;
  }

  /** Number of touches on path {@code path}. */
  public int pathLength(int path) {
    checkElementIndex(path, pathCount(), "path");
    return offsets[path + 1] - offsets[path];
  }

  /** The channel id of touch {@code i} of path {@code path}. */
  public int touch(int path, int i) {
    checkElementIndex(i, pathLength(path), "touch");
    return touches[offsets[path] + i];
  }

  /**
   * Copies the channel ids of path {@code path} into {@code into} (at least {@link #pathLength}
   * long) and returns how many were copied.
   */
  public int copyTouches(int path, int[] into) {
    int len = pathLength(path);
    checkArgument(
        into.length >= len, "into must hold the path's %s touches, was %s", len, into.length);
    System.arraycopy(touches, offsets[path], into, 0, len);
    return len;
  }

  /**
   * The time of touch {@code i} of path {@code path}, in epoch milliseconds.
   *
   * @throws IllegalStateException when the table has no touch times
   */
  public long touchTime(int path, int i) {
    if (touchTimes == null) {
      throw new IllegalStateException("table has no touch times: " + this);
    }
    checkElementIndex(i, pathLength(path), "touch");
    return touchTimes[offsets[path] + i];
  }

  /**
   * The time path {@code path}'s journeys ended, in epoch milliseconds: the conversion of a
   * converting journey, the last event of another; never before the path's last touch (and equal to
   * it when the table was given no end times). Lookback windows count back from it.
   *
   * @throws IllegalStateException when the table has no touch times
   */
  public long endTime(int path) {
    if (endTimes == null) {
      throw new IllegalStateException("table has no touch times: " + this);
    }
    checkElementIndex(path, pathCount(), "path");
    return endTimes[path];
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
    private final NameInterner dictionary = new NameInterner();
    private @Nullable PathStore store;
    private int[] scratch = new int[16];
    private boolean nullColumn = true;

    Builder() {}

    /**
     * The rows come from a file without a null column: non-converting journeys are unknown and
     * {@link PathTable#hasNulls()} is false.
     */
    public Builder withoutNullColumn() {
      nullColumn = false;
      return this;
    }

    /** Adds journeys on {@code path}: {@code conversions} converted with summed {@code value}. */
    public Builder add(List<String> path, long conversions, double value, long nulls) {
      PathStore s = store(false, path);
      int len = intern(path, conversions, value, nulls);
      s.add(scratch, len, conversions, value, nulls);
      return this;
    }

    /**
     * The id of channel {@code name} (stripped) in the table being built, added when new: the ids
     * that {@link #add(int[], int, long, double, long)} takes, so that a reader that has already
     * split and interned its paths adds them without a {@code String} per touch.
     *
     * @throws IllegalArgumentException when {@code name} is blank
     */
    public int channel(String name) {
      checkArgument(!name.isBlank(), "channel must not be blank, was '%s'", name);
      return dictionary.intern(name.strip());
    }

    /**
     * Adds journeys on the path of channel ids {@code channels[0, length)} (ids given by {@link
     * #channel}): {@code conversions} converted with summed {@code value}, and {@code nulls} did
     * not. The same rules as {@link #add(List, long, double, long)}; a channel id must be one that
     * {@link #channel} gave.
     */
    public Builder add(int[] channels, int length, long conversions, double value, long nulls) {
      checkArgument(
          length >= 1 && length <= channels.length,
          "length must be in 1..%s (a path has at least one touch), was %s",
          channels.length,
          length);
      for (int i = 0; i < length; i++) {
        checkArgument(
            channels[i] >= 0 && channels[i] < dictionary.size(),
            "channel id must be in 0..%s (ids given by channel(name)), was %s",
            dictionary.size() - 1,
            channels[i]);
      }
      Object path = new IdPath(dictionary, channels, length); // named only in a message
      checkCounts(conversions, value, nulls, path);
      PathStore s = store(false, path);
      s.add(channels, length, conversions, value, nulls);
      return this;
    }

    /**
     * Adds one or more journeys on {@code path} whose touches happened at {@code touchTimes}; they
     * end at their last touch.
     */
    public Builder addTimed(
        List<String> path, List<Instant> touchTimes, long conversions, double value, long nulls) {
      return addTimed(
          path,
          touchTimes,
          touchTimes.isEmpty() ? Instant.EPOCH : touchTimes.get(touchTimes.size() - 1),
          conversions,
          value,
          nulls);
    }

    /**
     * Adds one or more journeys on {@code path} whose touches happened at {@code touchTimes} and
     * that ended (converted, or stopped) at {@code end}, which is not before the last touch.
     */
    public Builder addTimed(
        List<String> path,
        List<Instant> touchTimes,
        Instant end,
        long conversions,
        double value,
        long nulls) {
      PathStore s = store(true, path);
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
      long endMillis = end.toEpochMilli();
      if (len > 0 && endMillis < times[len - 1]) {
        throw new IllegalArgumentException(
            "end must not be before the last touch, was "
                + end
                + " before "
                + touchTimes.get(len - 1));
      }
      s.addTimed(scratch, times, endMillis, len, conversions, value, nulls);
      return this;
    }

    private PathStore store(boolean timed, Object path) {
      PathStore s = store;
      if (s == null) {
        s = new PathStore(timed);
        store = s;
      }
      checkArgument(
          s.timed() == timed,
          timed
              ? "path must not carry touch times like the rows before, was %s"
              : "path must carry touch times like the rows before, was %s",
          path);
      return s;
    }

    private int intern(List<String> path, long conversions, double value, long nulls) {
      checkArgument(!path.isEmpty(), "path must have at least one touch, was empty");
      checkCounts(conversions, value, nulls, path);
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

    private static void checkCounts(long conversions, double value, long nulls, Object path) {
      checkArgument(conversions >= 0, "conversions must be >= 0, was %s", conversions);
      checkArgument(nulls >= 0, "nulls must be >= 0, was %s", nulls);
      checkArgument(
          ExactMath.add("journeys", conversions, nulls) > 0,
          "a row must have conversions or nulls, was 0 and 0 for %s",
          path);
      checkArgument(
          Double.isFinite(value) && value >= 0, "value must be finite and >= 0, was %s", value);
      checkArgument(
          conversions > 0 || value == 0, "value must be 0 when conversions is 0, was %s", value);
    }

    /** A path of channel ids that shows as its channel names. */
    private record IdPath(NameInterner dictionary, int[] ids, int length) {
      @Override
      public String toString() {
        List<String> names = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
          names.add(dictionary.name(ids[i]));
        }
        return names.toString();
      }
    }

    /** The table; an empty builder gives an empty table. */
    public PathTable build() {
      PathStore s = store != null ? store : new PathStore(false);
      return s.toTable(dictionary.names(), nullColumn);
    }
  }
}
