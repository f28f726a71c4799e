package dev.cxkit.cli;

/**
 * Counts with their noun in the right number, for every sentence the command line prints: {@code
 * Plural.of(1, "step")} is {@code "1 step"}, {@code Plural.of(4, "step")} {@code "4 steps"}.
 */
final class Plural {
  private Plural() {}

  /** {@code n} and {@code noun}, adding "s" unless {@code n} is 1. */
  static String of(long n, String noun) {
    return of(n, noun, noun + "s");
  }

  /** {@code n} and the singular or the given plural form. */
  static String of(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
