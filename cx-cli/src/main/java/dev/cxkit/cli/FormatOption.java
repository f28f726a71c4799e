package dev.cxkit.cli;

import picocli.CommandLine.Option;

/** The shared {@code --format table|csv|json} option. */
final class FormatOption {
  @Option(
      names = "--format",
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.table;
}
