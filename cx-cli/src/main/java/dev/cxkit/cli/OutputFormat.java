package dev.cxkit.cli;

/** How a command prints its result: an aligned table for people, CSV or JSON for scripts. */
enum OutputFormat {
  table,
  csv,
  json
}
