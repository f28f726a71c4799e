package dev.cxkit.render.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * A check of the DOT that cxkit writes against Graphviz's own lexer rules (lib/cgraph/scan.l): a
 * quoted string ends at the first {@code "} not preceded by a backslash, {@code \"} stands for a
 * quote, {@code \\} is kept for the label's escString (where it shows as one backslash), and
 * statements are {@code ID [attrs];}, {@code ID -> ID [attrs];}, {@code node|edge [attrs];} or
 * {@code name=value;} inside {@code digraph ID { ... }}. Returns the node names as a label shows
 * them; any other structure fails the test.
 */
public final class DotGrammar {
  private DotGrammar() {}

  /** The names of the declared nodes and edge ends, in order, as displayed. */
  public static List<String> names(String dot) {
    List<String> tokens = tokens(dot);
    List<String> names = new ArrayList<>();
    int i = 0;
    expect(tokens, i++, "digraph");
    quoted(tokens, i++);
    expect(tokens, i++, "{");
    while (!tokens.get(i).equals("}")) {
      String t = tokens.get(i++);
      if (t.equals("node") || t.equals("edge")) {
        i = attrs(tokens, i);
      } else if (isQuoted(t)) {
        names.add(display(t));
        if (tokens.get(i).equals("->")) {
          i++;
          names.add(display(quoted(tokens, i++)));
        }
        if (tokens.get(i).equals("[")) {
          i = attrs(tokens, i);
        }
      } else {
        expect(tokens, i++, "=");
        i++;
      }
      expect(tokens, i++, ";");
    }
    if (i != tokens.size() - 1) {
      throw new AssertionError("text after the graph's closing brace");
    }
    return names;
  }

  private static int attrs(List<String> tokens, int i) {
    expect(tokens, i++, "[");
    while (!tokens.get(i).equals("]")) {
      i++;
      expect(tokens, i++, "=");
      i++;
      if (tokens.get(i).equals(",")) {
        i++;
      }
    }
    return i + 1;
  }

  private static boolean isQuoted(String t) {
    return !t.isEmpty() && t.charAt(0) == '"';
  }

  private static String quoted(List<String> tokens, int i) {
    String t = tokens.get(i);
    if (!isQuoted(t)) {
      throw new AssertionError("expected a quoted ID, was " + t);
    }
    return t;
  }

  private static void expect(List<String> tokens, int i, String want) {
    if (!tokens.get(i).equals(want)) {
      throw new AssertionError("expected '" + want + "' at token " + i + ", was " + tokens.get(i));
    }
  }

  /** A quoted token's text as Graphviz shows it: escString turns {@code \\} into a backslash. */
  private static String display(String token) {
    String raw = token.substring(1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\\' && i + 1 < raw.length()) {
        char next = raw.charAt(++i);
        if (next != '\\') {
          throw new AssertionError("escString sequence \\" + next + " in " + token);
        }
      }
      out.append(c == '\\' ? '\\' : c);
    }
    return out.toString();
  }

  /** Quoted strings come back as {@code "} plus their lexed content (scan.l's qstring rules). */
  private static List<String> tokens(String dot) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < dot.length()) {
      char c = dot.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"') {
        StringBuilder s = new StringBuilder("\"");
        i++;
        while (true) {
          if (i >= dot.length()) {
            throw new AssertionError("unterminated quoted string");
          }
          char d = dot.charAt(i);
          if (d == '"') {
            i++;
            break;
          }
          if (d == '\\' && i + 1 < dot.length() && dot.charAt(i + 1) == '"') {
            s.append('"');
            i += 2;
          } else if (d == '\\' && i + 1 < dot.length() && dot.charAt(i + 1) == '\\') {
            s.append("\\\\");
            i += 2;
          } else if (d == '\\' && i + 1 < dot.length() && dot.charAt(i + 1) == '\n') {
            throw new AssertionError("escaped newline inside a quoted string");
          } else if (d == '\n' || d == '\r') {
            throw new AssertionError("line break inside a quoted string");
          } else {
            s.append(d);
            i++;
          }
        }
        tokens.add(s.toString());
      } else if (c == '-' && dot.startsWith("->", i)) {
        tokens.add("->");
        i += 2;
      } else if ("{}[];,=".indexOf(c) >= 0) {
        tokens.add(String.valueOf(c));
        i++;
      } else if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
        int start = i;
        while (i < dot.length()
            && (Character.isLetterOrDigit(dot.charAt(i))
                || dot.charAt(i) == '_'
                || dot.charAt(i) == '.')) {
          i++;
        }
        tokens.add(dot.substring(start, i));
      } else {
        throw new AssertionError("unexpected character " + (int) c + " in DOT");
      }
    }
    return tokens;
  }
}
