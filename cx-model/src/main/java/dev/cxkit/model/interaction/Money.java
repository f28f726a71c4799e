package dev.cxkit.model.interaction;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * A monetary amount in an ISO 4217 currency. The amount is exact ({@link BigDecimal}, scale kept:
 * {@code 10.50} and {@code 10.5} are different values); it may be negative (refunds, credits).
 *
 * {@snippet class=dev.cxkit.model.interaction.SnippetsTest region=money}
 *
 * @param amount the exact amount, with 0 to {@value #MAX_SCALE} decimal places and at most {@value
 *     #MAX_PRECISION} digits
 * @param currency the ISO 4217 currency
 */
public record Money(BigDecimal amount, Currency currency) {

  /** Most decimal places accepted. */
  public static final int MAX_SCALE = 18;

  /** Most significant digits accepted. */
  public static final int MAX_PRECISION = 38;

  /** Validates the amount's scale and precision. */
  public Money {
    requireNonNull(amount, "amount");
    requireNonNull(currency, "currency");
    checkArgument(
        amount.scale() >= 0 && amount.scale() <= MAX_SCALE,
        "money amount must have 0..%s decimal places, was %s",
        MAX_SCALE,
        amount);
    checkArgument(
        amount.precision() <= MAX_PRECISION,
        "money amount must have at most %s digits, was %s",
        MAX_PRECISION,
        amount);
  }

  /** An amount in the currency with the given ISO 4217 code. */
  public static Money of(BigDecimal amount, Currency currency) {
    return new Money(amount, currency);
  }

  /**
   * An amount written as a plain decimal ({@code "129.90"}) in the currency with the given ISO 4217
   * code ({@code "EUR"}).
   *
   * @throws IllegalArgumentException when the amount is not a decimal number or the code not an ISO
   *     4217 currency
   */
  public static Money of(String amount, String currencyCode) {
    requireNonNull(amount, "amount");
    requireNonNull(currencyCode, "currencyCode");
    BigDecimal value;
    try {
      value = new BigDecimal(amount);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "money amount must be a decimal number, was '" + amount + "'", e);
    }
    return new Money(value, currency(currencyCode));
  }

  private static Currency currency(String code) {
    checkArgument(
        code.length() == 3 && code.chars().allMatch(c -> c >= 'A' && c <= 'Z'),
        "currency must be an ISO 4217 code of three capital letters, was '%s'",
        code);
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "currency must be an ISO 4217 code known to the JDK, was '" + code + "'", e);
    }
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
