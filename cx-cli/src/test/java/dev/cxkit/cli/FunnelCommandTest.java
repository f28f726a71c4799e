package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cx journeys … funnel}: exclusions, any order, step windows, breakdown, bad options. */
class FunnelCommandTest {
  /**
   * u1 home > call > cart > order (web), u2 home > cart > order (app), u3 cart > home (web), u4
   * home > cart (app, the cart 2 hours later).
   */
  static final String EVENTS =
      "customer,time,touchpoint,channel\n"
          + "u1,2024-01-01T10:00:00Z,home,web\n"
          + "u1,2024-01-01T10:01:00Z,call,web\n"
          + "u1,2024-01-01T10:02:00Z,cart,web\n"
          + "u1,2024-01-01T10:03:00Z,order,web\n"
          + "u2,2024-01-01T11:00:00Z,home,app\n"
          + "u2,2024-01-01T11:05:00Z,cart,app\n"
          + "u2,2024-01-01T11:06:00Z,order,app\n"
          + "u3,2024-01-01T12:00:00Z,cart,web\n"
          + "u3,2024-01-01T12:01:00Z,home,web\n"
          + "u4,2024-01-01T13:00:00Z,home,app\n"
          + "u4,2024-01-01T15:00:00Z,cart,app\n";

  @TempDir Path dir;
  private String events;

  @BeforeEach
  void log() throws IOException {
    events = Cli.write(dir, "events.csv", EVENTS).toString();
  }

  private Cli.Result funnel(String... options) {
    String[] base = {
      "journeys",
      "--input",
      events,
      "--channel-column",
      "channel",
      "--gap",
      "P1D",
      "funnel",
      "--step",
      "home",
      "--step",
      "cart",
      "--step",
      "order"
    };
    String[] all = new String[base.length + options.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(options, 0, all, base.length, options.length);
    return Cli.run(all);
  }

  @Test
  void exclusionAnyOrderAndStepWindow() {
    Cli.Result plain = funnel("--format", "csv").assertOk();
    assertEquals("4", Cli.csvCell(plain.out(), 0, "reached"));
    assertEquals("3", Cli.csvCell(plain.out(), 1, "reached")); // u3's cart came before home
    assertEquals("300", Cli.csvCell(plain.out(), 1, "median_seconds_from_previous"));
    assertEquals("", Cli.csvCell(plain.out(), 0, "median_seconds_from_previous"));
    Cli.Result excluded = funnel("--exclude", "call:1-2", "--format", "csv").assertOk();
    assertEquals("3", Cli.csvCell(excluded.out(), 0, "reached")); // u1 called before the cart
    assertEquals("2", Cli.csvCell(excluded.out(), 1, "reached"));
    Cli.Result any = funnel("--any-order", "--format", "csv").assertOk();
    assertEquals("4", Cli.csvCell(any.out(), 1, "reached")); // u3 did cart and home
    Cli.Result windowed = funnel("--step-window", "cart=PT1H", "--format", "csv").assertOk();
    assertEquals("2", Cli.csvCell(windowed.out(), 1, "reached")); // u4's cart 2 hours later
  }

  @Test
  void breakdownValidatesAgainstTheSchema() {
    Cli.Result r = funnel("--breakdown", "channel", "--exclude", "call", "--format", "json");
    JsonNode tree = CliSchemas.assertValid("journeys-funnel", r.assertOk().out());
    assertEquals(1, tree.get("excluded").longValue());
    assertEquals("app", tree.get("reference").textValue()); // 2 entrants against web's 1
    assertEquals(6, tree.get("segments").size());
    JsonNode cart = tree.get("comparisons").get(0);
    assertEquals("web", cart.get("segment").textValue());
    assertEquals("cart", cart.get("step").textValue());
    assertTrue(cart.get("holm_p_value").doubleValue() >= cart.get("p_value").doubleValue());
    Cli.Result text = funnel("--breakdown", "channel", "--any-order").assertOk();
    assertTrue(text.out().contains("COMPARISONS"), text.out());
  }

  @Test
  void badFunnelOptionsExitTwoNamingTheValueAndRule() {
    funnel("--exclude", "cart")
        .assertBadInput("exclusion 'cart'", "must not match funnel step 'cart'");
    funnel("--exclude", "nowhere").assertBadInput("--exclude (touchpoint) value 'nowhere'");
    funnel("--exclude", "call:2-2").assertBadInput("'call:2-2'", "1 <= FROM < TO <= 3");
    funnel("--strict", "--any-order").assertBadInput("--strict or --any-order");
    funnel("--step-window", "home=PT1H").assertBadInput("first step has no previous step");
    funnel("--step-window", "basket=PT1H").assertBadInput("'basket'", "[home, cart, order]");
    funnel("--breakdown", "colour").assertBadInput("--breakdown", "'colour'");
    funnel("--breakdown", "channel", "--reference", "fax").assertBadInput("'fax'", "[app, web]");
    funnel("--reference", "web").assertBadInput("--reference needs --breakdown");
  }
}
