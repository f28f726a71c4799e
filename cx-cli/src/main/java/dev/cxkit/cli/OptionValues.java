package dev.cxkit.cli;

/**
 * Checks of option values shared by several commands, each refusing a bad value in one line that
 * names the option, the value and the rule (exit 2).
 *
 * {@snippet class=dev.cxkit.cli.SnippetsTest region=optionValues}
 */
final class OptionValues {
  private OptionValues() {}

  /** Refuses a {@code --confidence} level outside the open interval (0, 1), NaN included. */
  static void checkConfidence(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new BadInputException("--confidence must be in (0, 1), was " + confidence);
    }
  }
}
