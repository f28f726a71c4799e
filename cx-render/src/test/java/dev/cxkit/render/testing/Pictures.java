package dev.cxkit.render.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;

/**
 * The checks every picture passes, wherever it is shown (a picture test, a report of the tour or of
 * a user's own files): valid namespaced SVG with one non-blank {@code <title>}, no NaN or Infinity,
 * ASCII digits in every locale, no script and no link out of the document.
 *
 * <pre>{@code
 * for (String svg : Pictures.inPage(html)) {
 *   Pictures.assertWellFormed("report picture", svg);
 * }
 * }</pre>
 */
public final class Pictures {
  private static final Pattern SVG = Pattern.compile("(?s)<svg\\b.*?</svg>");

  private Pictures() {}

  /** Asserts the picture checks on {@code svg}; {@code name} says which picture failed. */
  public static void assertWellFormed(String name, String svg) {
    Document d = Svgs.parse(svg);
    assertEquals(1, Svgs.nodes(d, "/s:svg/s:title").getLength(), name + " must have one title");
    assertFalse(Svgs.nodes(d, "/s:svg/s:title").item(0).getTextContent().isBlank(), name);
    assertFalse(svg.contains("NaN"), name + " contains NaN");
    assertFalse(svg.contains("Infinity"), name + " contains Infinity");
    assertTrue(
        svg.codePoints().noneMatch(c -> c >= 0x0660 && c <= 0x0669),
        name + " contains Arabic-Indic digits");
    assertEquals(0, Svgs.nodes(d, "//s:script").getLength(), name + " has a script");
    assertFalse(svg.contains("<script"), name + " has a script");
    assertFalse(svg.contains("href=\"http"), name + " must not link out");
  }

  /** The title of a picture (its {@code <title>} element). */
  public static String title(String svg) {
    return Svgs.nodes(Svgs.parse(svg), "/s:svg/s:title").item(0).getTextContent();
  }

  /** The inline SVG pictures of an HTML page, in document order. */
  public static List<String> inPage(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = SVG.matcher(html);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
