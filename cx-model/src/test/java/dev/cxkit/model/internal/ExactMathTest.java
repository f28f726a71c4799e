package dev.cxkit.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** {@link ExactMath}: exact or a message naming the field and both operands, never a wrap. */
class ExactMathTest {

  private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

  @Test
  void theIssueExampleNamesFieldAndValues() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ExactMath.add("conversions", Long.MAX_VALUE, Long.MAX_VALUE));
    assertEquals(
        "conversions overflow: 9223372036854775807 + 9223372036854775807 is outside the exact"
            + " range -9223372036854775808..9223372036854775807",
        e.getMessage());
  }

  @Test
  void boundariesAreExact() {
    assertEquals(Long.MAX_VALUE, ExactMath.add("n", Long.MAX_VALUE - 1, 1));
    assertEquals(Long.MIN_VALUE, ExactMath.subtract("n", Long.MIN_VALUE + 1, 1));
    assertEquals(Long.MIN_VALUE, ExactMath.multiply("n", Long.MIN_VALUE / 2, 2));
    assertThrows(IllegalArgumentException.class, () -> ExactMath.add("n", Long.MAX_VALUE, 1));
    assertThrows(IllegalArgumentException.class, () -> ExactMath.subtract("n", Long.MIN_VALUE, 1));
    assertThrows(IllegalArgumentException.class, () -> ExactMath.multiply("n", Long.MIN_VALUE, -1));
    assertEquals(
        "gap * n overflow: 4611686018427387904 * 2 is outside the exact range"
            + " -9223372036854775808..9223372036854775807",
        assertThrows(
                IllegalArgumentException.class, () -> ExactMath.multiply("gap * n", 1L << 62, 2))
            .getMessage());
  }

  @Test
  void sumsAndIntConversions() {
    assertEquals(6, ExactMath.sum("respondents", 1, 2, 3));
    assertEquals(0, ExactMath.sum("respondents"));
    assertEquals(
        "respondents overflow: 9223372036854775807 + 1 is outside the exact range"
            + " -9223372036854775808..9223372036854775807",
        assertThrows(
                IllegalArgumentException.class,
                () -> ExactMath.sum("respondents", 0, Long.MAX_VALUE, 1))
            .getMessage());
    assertEquals(Integer.MAX_VALUE, ExactMath.toInt("x", Integer.MAX_VALUE));
    assertEquals(Integer.MIN_VALUE, ExactMath.toInt("x", Integer.MIN_VALUE));
    assertEquals(
        "x must fit in an int (-2147483648..2147483647), was 2147483648",
        assertThrows(IllegalArgumentException.class, () -> ExactMath.toInt("x", 1L << 31))
            .getMessage());
  }

  @Test
  void finiteSumsAndResults() {
    assertEquals(1e308, ExactMath.addFinite("w", 5e307, 5e307));
    assertEquals(
        "sum of weights overflow: 1.0E308 + 1.0E308 is not a finite number (beyond ±1.8e308)",
        assertThrows(
                IllegalArgumentException.class,
                () -> ExactMath.addFinite("sum of weights", 1e308, 1e308))
            .getMessage());
    assertEquals(1.5, ExactMath.finiteResult("value", 1.5, "cause"));
    assertEquals(
        "value is not a finite number (was Infinity): 1e308 per conversion × 10 conversions",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    ExactMath.finiteResult(
                        "value", 1e308 * 10, "1e308 per conversion × 10 conversions"))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> ExactMath.finiteResult("value", Double.NaN, "c"));
  }

  @Property
  void addSubtractMultiplyAgreeWithBigInteger(@ForAll long a, @ForAll long b) {
    check(BigInteger.valueOf(a).add(BigInteger.valueOf(b)), () -> ExactMath.add("f", a, b));
    check(
        BigInteger.valueOf(a).subtract(BigInteger.valueOf(b)), () -> ExactMath.subtract("f", a, b));
    check(
        BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)), () -> ExactMath.multiply("f", a, b));
  }

  private static void check(BigInteger exact, java.util.function.LongSupplier op) {
    if (exact.compareTo(MIN) >= 0 && exact.compareTo(MAX) <= 0) {
      assertEquals(exact.longValueExact(), op.getAsLong());
    } else {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, op::getAsLong);
      assertEquals(true, e.getMessage().startsWith("f overflow: "), e.getMessage());
    }
  }
}
