package dev.cxkit.render.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader, the test oracle of every CSV writer: records end in CRLF (the last one
 * may end at the end of the text), a field is either unquoted (no comma, quote, CR or LF) or quoted
 * with inner quotes doubled and followed directly by a comma, CRLF or the end. Anything else (a
 * bare quote, a lone CR or LF outside quotes, text after a closing quote, records of different
 * lengths) fails the test.
 */
public final class StrictCsv {
  private StrictCsv() {}

  /** The records of {@code csv}. */
  public static List<List<String>> parse(String csv) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = csv.length();
    if (n == 0) {
      return records;
    }
    while (true) {
      if (i < n && csv.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= n) {
            throw new AssertionError("unterminated quoted field at offset " + i);
          }
          char c = csv.charAt(i++);
          if (c == '"') {
            if (i < n && csv.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(c);
          }
        }
      } else {
        while (i < n && csv.charAt(i) != ',' && csv.charAt(i) != '\r') {
          char c = csv.charAt(i++);
          if (c == '"' || c == '\n') {
            throw new AssertionError("bare " + (c == '"' ? "quote" : "LF") + " at offset " + i);
          }
          field.append(c);
        }
      }
      record.add(field.toString());
      field.setLength(0);
      if (i >= n) {
        records.add(record);
        break;
      }
      char c = csv.charAt(i);
      if (c == ',') {
        i++;
        continue;
      }
      if (c == '\r' && i + 1 < n && csv.charAt(i + 1) == '\n') {
        i += 2;
        records.add(record);
        record = new ArrayList<>();
        if (i >= n) {
          break;
        }
        continue;
      }
      throw new AssertionError("unexpected " + (int) c + " after a field at offset " + i);
    }
    for (List<String> r : records) {
      if (r.size() != records.get(0).size()) {
        throw new AssertionError("records of " + records.get(0).size() + " and " + r.size());
      }
    }
    return records;
  }
}
