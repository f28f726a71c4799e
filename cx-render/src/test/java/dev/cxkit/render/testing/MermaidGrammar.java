package dev.cxkit.render.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A check of Mermaid journey source against Mermaid's own rules: its entity pre-pass ({@code
 * encodeEntities} turns {@code #35;} into a placeholder before parsing, decoded into a character
 * reference in the SVG), the journey lexer's rules in their order (packages/mermaid/src/diagrams/
 * user-journey/parser/journey.jison: comments {@code %%} and {@code #}, keywords, then {@code
 * [^#:\n;]+} task names and {@code ":"[^#\n;]+} task data) and the grammar {@code journey (title |
 * section | taskName taskData)*}. Returns the statements with their text as the diagram shows it; a
 * comment, a directive or any other structure than the writer meant fails the test.
 */
public final class MermaidGrammar {
  private MermaidGrammar() {}

  /** One statement: {@code kind} is title, section or task; a task has a score and actors. */
  public record Statement(String kind, String text, int score, List<String> actors) {}

  private static final Pattern STYLE = Pattern.compile("(style|classDef).*:\\S*#.*;");
  private static final Pattern ENTITY = Pattern.compile("#\\w+;");
  private static final int CI = Pattern.CASE_INSENSITIVE;
  private static final String[][] RULES = {
    {"skip", "%%(?!\\{)[^\\n]*"},
    {"skip", "[^\\}]%%[^\\n]*"},
    {"NEWLINE", "[\\n]+"},
    {"skip", "\\s+"},
    {"skip", "#[^\\n]*"},
    {"journey", "journey"},
    {"title", "title\\s[^#\\n;]+"},
    {"acc", "accTitle\\s*:\\s*"},
    {"acc", "accDescr\\s*[:{]\\s*"},
    {"section", "section\\s[^#:\\n;]+"},
    {"taskName", "[^#:\\n;]+"},
    {"taskData", ":[^#\\n;]+"},
    {":", ":"},
    {"INVALID", "."}
  };

  /** The statements of {@code source}. */
  public static List<Statement> parse(String source) {
    if (STYLE.matcher(source).find()) {
      throw new AssertionError("Mermaid's style/classDef pre-pass would cut this source");
    }
    Matcher m = ENTITY.matcher(source);
    StringBuilder encoded = new StringBuilder();
    while (m.find()) {
      String inner = m.group().substring(1, m.group().length() - 1);
      if (!inner.matches("\\d+")) {
        throw new AssertionError("named entity " + m.group() + ": cxkit writes numeric codes");
      }
      m.appendReplacement(
          encoded, Matcher.quoteReplacement("\uFB02\u00B0\u00B0" + inner + "\u00B6\u00DF"));
    }
    m.appendTail(encoded);
    List<String[]> tokens = lex(encoded.toString());
    List<Statement> out = new ArrayList<>();
    int i = 0;
    if (tokens.isEmpty() || !tokens.get(0)[0].equals("journey")) {
      throw new AssertionError("source must start with 'journey'");
    }
    i++;
    while (i < tokens.size()) {
      String[] t = tokens.get(i++);
      switch (t[0]) {
        case "NEWLINE" -> {}
        case "title" -> out.add(new Statement("title", decode(t[1].substring(6)), 0, List.of()));
        case "section" ->
            out.add(new Statement("section", decode(t[1].substring(8)), 0, List.of()));
        case "taskName" -> {
          if (i >= tokens.size() || !tokens.get(i)[0].equals("taskData")) {
            throw new AssertionError("task '" + t[1] + "' without task data");
          }
          String[] data = tokens.get(i++)[1].substring(1).split(":", -1);
          int score = Integer.parseInt(data[0].strip());
          List<String> actors = new ArrayList<>();
          if (data.length > 1) {
            for (String a : data[1].split(",")) {
              actors.add(decode(a.strip()));
            }
          }
          if (data.length > 2) {
            throw new AssertionError("task data with more than two ':' fields: " + t[1]);
          }
          out.add(new Statement("task", decode(t[1].strip()), score, actors));
        }
        default -> throw new AssertionError("unexpected token " + t[0] + " '" + t[1] + "'");
      }
    }
    return out;
  }

  private static List<String[]> lex(String s) {
    List<Pattern> patterns = new ArrayList<>();
    for (String[] r : RULES) {
      patterns.add(Pattern.compile(r[1], CI));
    }
    List<String[]> tokens = new ArrayList<>();
    int pos = 0;
    while (pos < s.length()) {
      boolean matched = false;
      for (int r = 0; r < RULES.length; r++) {
        Matcher m = patterns.get(r).matcher(s).region(pos, s.length());
        if (m.lookingAt() && m.end() > pos) {
          String kind = RULES[r][0];
          if (kind.equals("skip") && m.group().contains("%%")) {
            throw new AssertionError("a Mermaid comment or directive: " + m.group());
          }
          if (kind.equals("skip") && m.group().startsWith("#")) {
            throw new AssertionError("a Mermaid # comment: " + m.group());
          }
          if (!kind.equals("skip")) {
            tokens.add(new String[] {kind, m.group()});
          }
          pos = m.end();
          matched = true;
          break;
        }
      }
      if (!matched) {
        throw new AssertionError("no lexer rule matches at " + pos);
      }
    }
    return tokens;
  }

  /** What the rendered diagram shows: placeholders decoded back into their characters. */
  private static String decode(String s) {
    Matcher m = Pattern.compile("\uFB02\u00B0\u00B0(\\d+)\u00B6\u00DF").matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1)))));
    }
    m.appendTail(out);
    return out.toString();
  }
}
