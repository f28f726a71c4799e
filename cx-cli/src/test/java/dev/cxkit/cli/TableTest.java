package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The one number rule of result tables, and every format reading back what was put in. */
class TableTest {
  private static Table sample() {
    return new Table(
            Column.text("name"),
            Column.count("n"),
            Column.amount("credit"),
            Column.money("value"),
            Column.proportion("share"),
            Column.estimate("r"),
            Column.flag("ok"),
            Column.texts("path", " > "))
        .row("alpha", 6308L, 6308.0, 74802.972, 0.5584, -9582.42920667, true, List.of("a", "b"))
        .row("mi", 2, 1.72244, 0.5, 0.00024, 0.0, false, List.of())
        .row("zero", 0, -0.0001, -0.001, -0.00001, -0.00004, false, List.of("x"));
  }

  @Test
  void integersAsIntegersAndFixedDecimalsPerColumn() {
    List<String> lines = sample().text().lines().toList();
    assertEquals("name   n     credit   value     share   r           ok     path", lines.get(0));
    assertEquals("alpha  6308  6308.00  74802.97  0.5584  -9582.4292  true   a > b", lines.get(2));
    assertEquals("mi        2     1.72      0.50  0.0002      0.0000  false", lines.get(3));
    assertEquals("zero      0     0.00      0.00  0.0000      0.0000  false  x", lines.get(4));
    Cli.assertNoArabicDigits(sample().text());
  }

  @Test
  void csvAndJsonCarryExactTypedValues() {
    Table t = sample();
    List<List<String>> csv = Cli.csv(t.csv());
    assertEquals(List.of("alpha", "6308", "6308", "74802.972", "0.5584"), csv.get(1).subList(0, 5));
    assertEquals("a > b", csv.get(1).get(7));
    JsonNode row = Cli.json(t.jsonObject(0));
    assertTrue(row.get("n").isIntegralNumber() && row.get("ok").isBoolean());
    assertEquals(74802.972, row.get("value").doubleValue());
    assertEquals(2, row.get("path").size());
  }

  @Test
  void nonFiniteNumbersAreBadInputAndWrongTypesABug() {
    Table t = new Table(Column.text("change"), Column.money("value_at_stake"));
    BadInputException e =
        assertThrows(BadInputException.class, () -> t.row("x", Double.POSITIVE_INFINITY));
    assertTrue(e.getMessage().contains("value_at_stake (row 'x') is Infinity"), e.getMessage());
    assertThrows(BadInputException.class, () -> t.row("x", Double.NaN));
    assertThrows(IllegalStateException.class, () -> t.row("x", "1.0"));
    assertThrows(IllegalStateException.class, () -> t.row("x", null));
    Table counts = new Table(Column.count("n"));
    assertThrows(IllegalStateException.class, () -> counts.row(1.5));
    assertEquals(3L, counts.row(3.0).cell(0, "n"));
  }

  @Property(tries = 200)
  void anyTextAndNumberReadBackFromCsvAndJson(
      @ForAll String name, @ForAll long n, @ForAll double x) {
    if (!Double.isFinite(x)) {
      return;
    }
    Table t =
        new Table(Column.text("name"), Column.count("n"), Column.estimate("x")).row(name, n, x);
    List<List<String>> csv = Cli.csv(t.csv());
    assertEquals(2, csv.size());
    assertEquals(Long.toString(n), csv.get(1).get(1));
    assertEquals(x, Double.parseDouble(csv.get(1).get(2)));
    JsonNode row = Cli.json(t.jsonObject(0));
    assertEquals(n, row.get("n").longValue());
    assertEquals(x, row.get("x").doubleValue());
    assertTrue(row.get("name").isTextual());
    assertTrue(t.text().codePoints().noneMatch(c -> c != '\n' && Character.isISOControl(c)));
  }
}
