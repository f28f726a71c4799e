package dev.cxkit.metrics.kano;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import dev.cxkit.model.internal.ExactMath;
import dev.cxkit.model.internal.WireReader;
import dev.cxkit.model.internal.WireWriter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/**
 * Category counts of one feature: an immutable, mergeable value ({@link #plus}, {@link #empty}),
 * with Better/Worse coefficients (Berger et al. 1993) and Fong's (1996) test. {@link #toBytes()} is
 * a compact, versioned wire form for partial counts that cross process boundaries.
 *
 * <pre>{@code
 * KanoCounts c = KanoCounts.of(30, 25, 20, 25, 0, 0);   // A, O, M, I, R, Q
 * c.better();          // 0.55
 * c.worse();           // -0.45
 * c.fong().decided();  // false: |30 - 25| = 5 < 10.42
 * }</pre>
 *
 * @param attractive count of A
 * @param oneDimensional count of O
 * @param mustBe count of M
 * @param indifferent count of I
 * @param reverse count of R
 * @param questionable count of Q
 */
public record KanoCounts(
    long attractive,
    long oneDimensional,
    long mustBe,
    long indifferent,
    long reverse,
    long questionable) {

  private static final KanoCounts EMPTY = new KanoCounts(0, 0, 0, 0, 0, 0);

  /** Validates that every count is non-negative and that their total fits a long. */
  public KanoCounts {
    for (long c :
        new long[] {attractive, oneDimensional, mustBe, indifferent, reverse, questionable}) {
      checkArgument(c >= 0, "Kano counts must be >= 0, was %s", c);
    }
    ExactMath.sum(
        "Kano answers", attractive, oneDimensional, mustBe, indifferent, reverse, questionable);
  }

  /** Counts in the order A, O, M, I, R, Q. */
  public static KanoCounts of(long a, long o, long m, long i, long r, long q) {
    return new KanoCounts(a, o, m, i, r, q);
  }

  /** No answers: the identity of {@link #plus}. */
  public static KanoCounts empty() {
    return EMPTY;
  }

  /** Classifies answer pairs with {@code table} and counts them. */
  public static KanoCounts classify(
      KanoEvaluationTable table, KanoAnswer[] functional, KanoAnswer[] dysfunctional) {
    checkArgument(
        functional.length == dysfunctional.length,
        "functional and dysfunctional answers must pair up, was %s and %s",
        functional.length,
        dysfunctional.length);
    long[] c = new long[6];
    for (int i = 0; i < functional.length; i++) {
      c[table.classify(functional[i], dysfunctional[i]).ordinal()]++;
    }
    return new KanoCounts(c[0], c[1], c[2], c[3], c[4], c[5]);
  }

  /**
   * The sum of two sets of counts as a new value (associative, with identity {@link #empty()}).
   *
   * @throws IllegalArgumentException if the total would overflow
   */
  public KanoCounts plus(KanoCounts o) {
    return new KanoCounts(
        ExactMath.add("attractive", attractive, o.attractive),
        ExactMath.add("oneDimensional", oneDimensional, o.oneDimensional),
        ExactMath.add("mustBe", mustBe, o.mustBe),
        ExactMath.add("indifferent", indifferent, o.indifferent),
        ExactMath.add("reverse", reverse, o.reverse),
        ExactMath.add("questionable", questionable, o.questionable));
  }

  /** The wire form: version byte, type byte, the six counts A, O, M, I, R, Q as varints. */
  public byte[] toBytes() {
    WireWriter out = new WireWriter(WireReader.KANO_COUNTS);
    for (KanoCategory c : KanoCategory.values()) {
      out.writeCount(count(c));
    }
    return out.toBytes();
  }

  /**
   * Reads {@link #toBytes()}'s form.
   *
   * @throws IllegalArgumentException naming the offset and the rule if the bytes are truncated,
   *     corrupt, of another type or of an unknown wire version
   */
  public static KanoCounts fromBytes(byte[] bytes) {
    return WireReader.decode(
        bytes,
        WireReader.KANO_COUNTS,
        in -> {
          long[] c = new long[6];
          for (int i = 0; i < 6; i++) {
            c[i] = in.readCount(KanoCategory.values()[i].name() + " count");
          }
          return new KanoCounts(c[0], c[1], c[2], c[3], c[4], c[5]);
        });
  }

  /** The count of one category. */
  public long count(KanoCategory category) {
    return switch (category) {
      case ATTRACTIVE -> attractive;
      case ONE_DIMENSIONAL -> oneDimensional;
      case MUST_BE -> mustBe;
      case INDIFFERENT -> indifferent;
      case REVERSE -> reverse;
      case QUESTIONABLE -> questionable;
    };
  }

  /** All answers, every category included (exact: the constructor checks that it fits). */
  public long total() {
    return attractive + oneDimensional + mustBe + indifferent + reverse + questionable;
  }

  private long aomi() {
    long d = attractive + oneDimensional + mustBe + indifferent;
    checkArgument(d > 0, "Better/Worse need at least one A, O, M or I answer, was %s", this);
    return d;
  }

  /** Better (satisfaction) coefficient (A + O) / (A + O + M + I), in [0, 1]. */
  public double better() {
    return (double) (attractive + oneDimensional) / aomi();
  }

  /** Worse (dissatisfaction) coefficient −(O + M) / (A + O + M + I), in [−1, 0]. */
  public double worse() {
    return -(double) (oneDimensional + mustBe) / aomi();
  }

  /** The most frequent category (ties broken in A, O, M, I, R, Q order). */
  public KanoCategory mode() {
    checkArgument(total() > 0, "mode needs at least one answer, was %s", this);
    return Arrays.stream(KanoCategory.values())
        .max(Comparator.comparingLong(this::count).thenComparing(c -> -c.ordinal()))
        .orElseThrow();
  }

  /**
   * Fong's (1996) test at the 90% level (z = 1.65): the mode is decided when the difference between
   * the two most frequent counts a and b is at least 1.65·√((a + b)(2n − a − b) / (2n)), n the
   * total.
   */
  public FongTest fong() {
    long n = total();
    checkArgument(n > 0, "Fong's test needs at least one answer, was %s", this);
    long[] sorted = Arrays.stream(KanoCategory.values()).mapToLong(this::count).sorted().toArray();
    long a = sorted[5];
    long b = sorted[4];
    // in doubles: 2n overflows a long for n beyond 2^62
    double threshold = 1.65 * Math.sqrt((a + b) * (2.0 * n - a - b) / (2.0 * n));
    return new FongTest(mode(), a - b, threshold);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "KanoCounts{A=%d, O=%d, M=%d, I=%d, R=%d, Q=%d}",
        attractive,
        oneDimensional,
        mustBe,
        indifferent,
        reverse,
        questionable);
  }

  /**
   * The outcome of Fong's test.
   *
   * @param mode the most frequent category
   * @param difference the first minus the second highest count
   * @param threshold the critical difference 1.65·√((a + b)(2n − a − b)/(2n))
   */
  public record FongTest(KanoCategory mode, long difference, double threshold) {

    /** Whether the mode is statistically decided (difference at least the threshold). */
    public boolean decided() {
      return difference >= threshold;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "Fong{mode=%s, |a-b|=%d, threshold=%.2f, %s}",
          mode,
          difference,
          threshold,
          decided() ? "decided" : "undecided");
    }
  }
}
