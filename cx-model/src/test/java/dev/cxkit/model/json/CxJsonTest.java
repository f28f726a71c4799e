package dev.cxkit.model.json;

import static dev.cxkit.model.testing.Contracts.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import dev.cxkit.model.interaction.Interaction;
import dev.cxkit.model.testing.Contracts;
import dev.cxkit.model.testing.ModelExamples;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CxJsonTest {

  private static final String CALL = CxJson.strict().toJson(ModelExamples.outageCall());

  @Test
  void modesAndLimits() {
    assertTrue(CxJson.strict().isStrict());
    assertFalse(CxJson.lenient().isStrict());
    assertEquals(JsonLimits.defaults(), CxJson.strict().limits());
    assertSame(CxJson.strict(), CxJson.strict().withLimits(JsonLimits.defaults()));
    CxJson small = CxJson.lenient().withLimits(new JsonLimits(8, 10, 10));
    assertFalse(small.isStrict());
    assertEquals(new JsonLimits(8, 10, 10), small.limits());
  }

  @Test
  void limitRules() {
    assertRejected(
        "maxNestingDepth must be at least 8, was 7", () -> new JsonLimits(7, 1_000, 1_000));
    assertRejected("maxStringLength must be at least 1, was 0", () -> new JsonLimits(8, 0, 1_000));
    assertRejected("maxDocumentLength must be at least 1, was 0", () -> new JsonLimits(8, 1, 0));
    new EqualsTester()
        .addEqualityGroup(JsonLimits.defaults(), new JsonLimits(64, 1 << 20, 256L << 20))
        .addEqualityGroup(new JsonLimits(8, 1, 1))
        .testEquals();
  }

  @Test
  void instantsAreIsoStringsOnly() {
    CxJsonException number =
        assertThrows(
            CxJsonException.class,
            () ->
                CxJson.strict()
                    .fromJson(
                        CALL.replace("\"2024-03-01T08:00:00Z\"", "1709280000"), Interaction.class));
    assertEquals("$.timestamp", number.path());
    assertTrue(number.rule().contains("ISO-8601"), number.getMessage());
    CxJsonException text =
        assertThrows(
            CxJsonException.class,
            () ->
                CxJson.strict()
                    .fromJson(
                        CALL.replace("2024-03-01T08:00:00Z", "1 March 2024"), Interaction.class));
    assertEquals("$.timestamp", text.path());
    assertTrue(text.rule().contains("ISO-8601"), text.getMessage());
    Interaction nanos =
        Interaction.builder()
            .from(ModelExamples.outageCall())
            .timestamp(Instant.parse("2024-03-01T08:00:00.123456789Z"))
            .build();
    String json = CxJson.strict().toJson(nanos);
    assertTrue(json.contains("\"2024-03-01T08:00:00.123456789Z\""), json);
    assertEquals(nanos, CxJson.strict().fromJson(json, Interaction.class));
  }

  @Test
  void exceptionCarriesPathRuleAndPosition() {
    CxJsonException e =
        assertThrows(
            CxJsonException.class,
            () -> CxJson.strict().fromJson(CALL.replace("\"call\"", "7"), Interaction.class));
    assertEquals("$.type", e.path());
    assertTrue(e.line() >= 1 && e.column() >= 1, e.getMessage());
    assertEquals(
        e.path() + ": " + e.rule() + " (line " + e.line() + ", column " + e.column() + ")",
        e.getMessage());
  }

  @Test
  void nullsAreRejected() {
    Contracts.nullPointerTester().testAllPublicStaticMethods(CxJson.class);
    Contracts.nullPointerTester().testAllPublicInstanceMethods(CxJson.strict());
  }
}
