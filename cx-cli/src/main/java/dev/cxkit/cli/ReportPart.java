package dev.cxkit.cli;

import java.io.IOException;
import java.util.List;

/**
 * One part of a report: the sections it writes (known from its inputs before anything is read, so
 * the report can number them and list them up front), the assumptions and methods it rests on
 * (stated once, in the report's introduction) and the writing itself.
 */
interface ReportPart {
  /** The headings of the sections this part writes, in order. */
  List<String> headings();

  /** Assumptions and methods, one sentence each, for the introduction. */
  List<String> assumptions();

  /** Writes the sections: one {@link ReportOutput#section} per heading, in order. */
  void write(ReportOutput out) throws IOException;
}
