package dev.cxkit.journey.events;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import dev.cxkit.model.experience.Emotion;
import dev.cxkit.model.experience.EmotionLevel;
import dev.cxkit.model.experience.EmotionScale;
import dev.cxkit.model.survey.Scale;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The optional attributes of a log's events, one primitive column each, index {@code i} the {@code
 * i}-th event: the customer's segment or persona (an id in {@link EventDictionaries#segments()}),
 * the emotion felt (canonical valence in [-1, 1], read on a declared {@link EmotionScale}), an
 * interaction score (CSAT, CES, ... on a declared {@link Scale}), a value (revenue positive, cost
 * negative) and an explicit outcome (converted or not). Events without a value have {@code NaN}
 * (numbers), -1 (segment, outcome). A column the input did not have is absent ({@link
 * #hasEmotion()} false).
 *
 * <pre>{@code
 * EventAttributes a = log.attributes();
 * if (a.hasEmotion()) {
 *   double valence = a.emotion(i);   // NaN when event i carries no emotion
 * }
 * int outcome = journeys.attributes().outcome(journeys.start(j), journeys.end(j));   // 1, 0 or -1
 * }</pre>
 */
public final class EventAttributes {
  private static final EventAttributes NONE =
      new EventAttributes(0, null, null, null, null, null, null, null);

  private final int size;
  private final int @Nullable [] segment;
  private final double @Nullable [] emotion;
  private final double @Nullable [] score;
  private final double @Nullable [] value;
  private final byte @Nullable [] outcome;
  private final @Nullable EmotionScale emotionScale;
  private final @Nullable Scale scoreScale;

  EventAttributes(
      int size,
      int @Nullable [] segment,
      double @Nullable [] emotion,
      double @Nullable [] score,
      double @Nullable [] value,
      byte @Nullable [] outcome,
      @Nullable EmotionScale emotionScale,
      @Nullable Scale scoreScale) {
    this.size = size;
    this.segment = segment;
    this.emotion = emotion;
    this.score = score;
    this.value = value;
    this.outcome = outcome;
    this.emotionScale = emotionScale;
    this.scoreScale = scoreScale;
  }

  /** No attribute for {@code size} events. */
  public static EventAttributes none(int size) {
    checkArgument(size >= 0, "size must be >= 0, was %s", size);
    return size == 0 ? NONE : new EventAttributes(size, null, null, null, null, null, null, null);
  }

  /** Number of events. */
  public int size() {
    return size;
  }

  /** Whether any attribute column is present. */
  public boolean isEmpty() {
    return segment == null && emotion == null && score == null && value == null && outcome == null;
  }

  /** Whether the events carry a segment. */
  public boolean hasSegment() {
    return segment != null;
  }

  /** Whether the events carry an emotion. */
  public boolean hasEmotion() {
    return emotion != null;
  }

  /** Whether the events carry an interaction score. */
  public boolean hasScore() {
    return score != null;
  }

  /** Whether the events carry a value. */
  public boolean hasValue() {
    return value != null;
  }

  /** Whether the events carry an explicit outcome. */
  public boolean hasOutcome() {
    return outcome != null;
  }

  /** The scale emotions were read on. */
  public Optional<EmotionScale> emotionScale() {
    return Optional.ofNullable(emotionScale);
  }

  /** The scale scores were read on. */
  public Optional<Scale> scoreScale() {
    return Optional.ofNullable(scoreScale);
  }

  /** Segment id of event {@code i} (in {@link EventDictionaries#segments()}), or -1. */
  public int segment(int i) {
    return segment == null ? -1 : segment[check(i)];
  }

  /** Emotion of event {@code i} as valence in [-1, 1], or NaN. */
  public double emotion(int i) {
    return emotion == null ? Double.NaN : emotion[check(i)];
  }

  /** Score of event {@code i} on {@link #scoreScale()}, or NaN. */
  public double score(int i) {
    return score == null ? Double.NaN : score[check(i)];
  }

  /** Value of event {@code i}, or NaN. */
  public double value(int i) {
    return value == null ? Double.NaN : value[check(i)];
  }

  /** Outcome of event {@code i}: 1 converted, 0 not converted, -1 not recorded. */
  public int outcome(int i) {
    return outcome == null ? -1 : outcome[check(i)];
  }

  /**
   * The outcome of the events {@code from..to-1} (a journey): 1 when one of them says converted, 0
   * when one says not converted and none converted, -1 when none records an outcome.
   */
  public int outcome(int from, int to) {
    checkArgument(
        0 <= from && from <= to && to <= size,
        "range must be in 0..%s, was %s..%s",
        size,
        from,
        to);
    int result = -1;
    if (outcome != null) {
      for (int i = from; i < to; i++) {
        result = Math.max(result, outcome[i]);
      }
    }
    return result;
  }

  /** The attributes in the order given by {@code permutation} (see {@link EventLog#permuted}). */
  EventAttributes permuted(int[] permutation) {
    if (isEmpty()) {
      return none(permutation.length);
    }
    int n = permutation.length;
    int[] sg = null;
    if (segment != null) {
      sg = new int[n];
      for (int k = 0; k < n; k++) {
        sg[k] = segment[permutation[k]];
      }
    }
    byte[] oc = null;
    if (outcome != null) {
      oc = new byte[n];
      for (int k = 0; k < n; k++) {
        oc[k] = outcome[permutation[k]];
      }
    }
    return new EventAttributes(
        n,
        sg,
        gather(emotion, permutation),
        gather(score, permutation),
        gather(value, permutation),
        oc,
        emotionScale,
        scoreScale);
  }

  private static double @Nullable [] gather(double @Nullable [] column, int[] permutation) {
    if (column == null) {
      return null;
    }
    double[] out = new double[permutation.length];
    for (int k = 0; k < out.length; k++) {
      out[k] = column[permutation[k]];
    }
    return out;
  }

  private int check(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("event index must be in 0.." + (size - 1) + ", was " + i);
    }
    return i;
  }

  /**
   * The valence of {@code text} read on {@code scale}, by the model's own rules ({@link Emotion}).
   *
   * @throws IllegalArgumentException naming the value and the scale when it is off the scale
   */
  static double valence(String text, EmotionScale scale) {
    String t = text.strip();
    try {
      switch (scale) {
        case VALENCE:
          return Emotion.ofValence(decimal(t, scale)).valence();
        case SENTIMENT_COMPOUND:
          return Emotion.ofSentimentCompound(decimal(t, scale)).valence();
        case MAP_MINUS2_TO_PLUS2:
          return Emotion.ofMapScore(Integer.parseInt(t)).valence();
        case MERMAID_1_TO_5:
          return Emotion.ofMermaidScore(Integer.parseInt(t)).valence();
        case FIVE_LEVEL_LABEL:
          return Emotion.ofLevel(EmotionLevel.valueOf(t.toUpperCase(Locale.ROOT))).valence();
        default:
          throw new AssertionError(scale);
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "emotion must be on the " + scale + " scale" + rangeOf(scale), e);
    }
  }

  /** The score {@code text} on {@code scale}: a whole number on it. */
  static double score(String text, Scale scale) {
    String t = text.strip();
    int v;
    try {
      v = Integer.parseInt(t);
    } catch (NumberFormatException e) {
      v = Integer.MIN_VALUE;
    }
    if (v == Integer.MIN_VALUE || !scale.contains(v)) {
      throw new IllegalArgumentException(
          "score must be a whole number on the "
              + scale.name()
              + " scale ("
              + scale.min()
              + ".."
              + scale.max()
              + ")");
    }
    return v;
  }

  /** The outcome {@code text}: 1, true, yes converted; 0, false, no not converted. */
  static int outcome(String text) {
    switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "1":
      case "true":
      case "yes":
        return 1;
      case "0":
      case "false":
      case "no":
        return 0;
      default:
        throw new IllegalArgumentException("outcome must be 1/0, true/false or yes/no");
    }
  }

  private static String rangeOf(EmotionScale scale) {
    switch (scale) {
      case VALENCE:
      case SENTIMENT_COMPOUND:
        return " (a number in -1..1)";
      case MAP_MINUS2_TO_PLUS2:
        return " (a whole number in -2..2)";
      case MERMAID_1_TO_5:
        return " (a whole number in 1..5)";
      default:
        return " (" + Arrays.toString(EmotionLevel.values()) + ")";
    }
  }

  private static double decimal(String t, EmotionScale scale) {
    double v = Double.parseDouble(t);
    if (!Double.isFinite(v)
        || v < -1
        || v > 1
        || !t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
      throw new IllegalArgumentException("off the " + scale + " scale");
    }
    return v;
  }

  /** Mutable values of one event's attributes, reused by readers for every event. */
  public static final class Values {
    int segment = -1;
    double emotion = Double.NaN;
    double score = Double.NaN;
    double value = Double.NaN;
    int outcome = -1;
    @Nullable EmotionScale emotionScale;
    @Nullable Scale scoreScale;

    /** No attribute. */
    public Values() {}

    void clear() {
      segment = -1;
      emotion = Double.NaN;
      score = Double.NaN;
      value = Double.NaN;
      outcome = -1;
    }

    /** Segment id, or -1. */
    public int segment() {
      return segment;
    }

    /** Emotion valence, or NaN. */
    public double emotion() {
      return emotion;
    }

    /** Score, or NaN. */
    public double score() {
      return score;
    }

    /** Value, or NaN. */
    public double value() {
      return value;
    }

    /** Outcome: 1, 0 or -1. */
    public int outcome() {
      return outcome;
    }
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("EventAttributes[" + size + " events");
    if (segment != null) {
      sb.append(", segment");
    }
    if (emotion != null) {
      sb.append(", emotion ").append(emotionScale);
    }
    if (score != null) {
      sb.append(", score ").append(scoreScale == null ? "" : scoreScale.name());
    }
    if (value != null) {
      sb.append(", value");
    }
    if (outcome != null) {
      sb.append(", outcome");
    }
    return sb.append(']').toString();
  }
}
