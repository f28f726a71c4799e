package dev.cxkit.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cxkit.model.experience.MomentOfTruth;
import dev.cxkit.model.interaction.Interaction;
import dev.cxkit.model.journey.Journey;
import dev.cxkit.model.testing.ModelExamples;
import dev.cxkit.model.touchpoint.Touchpoint;
import org.junit.jupiter.api.Test;

/** Broken and hostile input fails with a {@link CxJsonException} naming the path and the rule. */
class HostileJsonTest {

  private static final CxJson STRICT = CxJson.strict();
  private static final String JOURNEY = STRICT.toJson(ModelExamples.outageJourney());
  private static final String TOUCHPOINT = STRICT.toJson(ModelExamples.supportCall());

  private static CxJsonException reject(String json, Class<?> type) {
    return assertThrows(CxJsonException.class, () -> STRICT.fromJson(json, type));
  }

  private static void assertRule(CxJsonException e, String path, String ruleFragment) {
    assertEquals(path, e.path(), e.getMessage());
    assertTrue(e.rule().contains(ruleFragment), e.getMessage());
    assertTrue(e.getMessage().startsWith(path + ": "), e.getMessage());
  }

  @Test
  void unknownFieldIsRejectedWhenStrictAndIgnoredWhenLenient() {
    String json = TOUCHPOINT.replace("\"kind\":", "\"colour\":\"red\",\"kind\":");
    CxJsonException e = reject(json, Touchpoint.class);
    assertRule(e, "$.channel.colour", "unknown field 'colour'");
    assertEquals(ModelExamples.supportCall(), CxJson.lenient().fromJson(json, Touchpoint.class));
  }

  @Test
  void unknownFieldDeepInAJourneyNamesTheFullPath() {
    String json = JOURNEY.replace("\"channelId\":\"home\"", "\"channelId\":\"home\",\"x\":1");
    assertRule(reject(json, Journey.class), "$.interactions[2].x", "unknown field 'x'");
  }

  @Test
  void wrongTypeNamesThePathOfTheValue() {
    String json = JOURNEY.replaceFirst("\"valence\":-0.5", "\"valence\":\"sad\"");
    assertRule(reject(json, Journey.class), "$.interactions[0].emotion.valence", "String");
  }

  @Test
  void numberWhereTextIsExpectedIsNotCoerced() {
    String json = TOUCHPOINT.replace("\"name\":\"Support call\"", "\"name\":42");
    assertRule(reject(json, Touchpoint.class), "$.name", "Integer");
  }

  @Test
  void modelValidationRuleIsReportedAtTheObjectThatBreaksIt() {
    String json = JOURNEY.replaceFirst("\"valence\":-0.5", "\"valence\":3.0");
    assertRule(
        reject(json, Journey.class),
        "$.interactions[0].emotion",
        "valence must be a number in [-1, 1], was 3.0");
  }

  @Test
  void crossFieldRuleOfTheDocumentItselfIsReportedAtTheRoot() {
    String json = JOURNEY.replace("2024-03-03T14:30:00Z", "2024-02-01T00:00:00Z");
    assertRule(reject(json, Journey.class), "$", "interactions must be in time order");
  }

  @Test
  void missingRequiredFieldsAreNamed() {
    CxJsonException e = reject("{\"kind\":\"FIRST\",\"stepId\":\"s\"}", MomentOfTruth.class);
    assertRule(e, "$", "why");
    assertTrue(e.rule().contains("importance"), e.getMessage());
    CxJsonException record =
        reject(TOUCHPOINT.replace(",\"kind\":\"ASSISTED\"", ""), Touchpoint.class);
    assertRule(record, "$.channel.kind", "missing required field 'kind'");
  }

  @Test
  void explicitNullIsNotAValue() {
    CxJsonException e =
        reject(TOUCHPOINT.replace("\"kind\":\"ASSISTED\"", "\"kind\":null"), Touchpoint.class);
    assertRule(e, "$.channel.kind", "kind");
  }

  @Test
  void tooDeepNestingIsRejectedEvenWhereLenientModeSkipsUnknownContent() {
    String deep = "[".repeat(200) + "]".repeat(200);
    String json = TOUCHPOINT.replace("{\"id\":", "{\"future\":" + deep + ",\"id\":");
    CxJsonException e =
        assertThrows(
            CxJsonException.class, () -> CxJson.lenient().fromJson(json, Touchpoint.class));
    assertEquals("nesting depth must be at most 64 (JsonLimits.maxNestingDepth)", e.rule());
    assertTrue(e.path().startsWith("$.future[0][0]"), e.getMessage());
  }

  @Test
  void tooDeepNestingIsRejectedEvenInsideSkippedContentOfADocument() {
    String deep = "{\"a\":".repeat(100) + "1" + "}".repeat(100);
    CxJsonException e = reject("{\"junk\":" + deep + ",\"schemaVersion\":1}", Journey.class);
    assertTrue(e.rule().contains("nesting depth"), e.getMessage());
  }

  @Test
  void hugeStringIsRejectedAtItsPath() {
    String huge = "x".repeat(JsonLimits.DEFAULT_MAX_STRING_LENGTH + 1);
    CxJsonException e =
        reject(TOUCHPOINT.replace("\"Support call\"", "\"" + huge + "\""), Touchpoint.class);
    assertRule(e, "$.name", "string length must be at most 1048576 characters");
  }

  @Test
  void longInvalidValuesAreAbbreviatedInTheMessage() {
    String longId = " " + "x".repeat(100_000);
    CxJsonException e =
        reject(TOUCHPOINT.replace("\"support-call\"", "\"" + longId + "\""), Touchpoint.class);
    assertRule(e, "$", "touchpoint id must be a non-blank id");
    assertTrue(e.rule().endsWith("... (100001 characters)'"), e.rule());
    assertTrue(e.getMessage().length() < 500, e.getMessage());
  }

  @Test
  void documentLargerThanTheLimitIsRejectedBeforeParsing() {
    CxJson small = STRICT.withLimits(new JsonLimits(16, 1000, 100));
    CxJsonException e =
        assertThrows(CxJsonException.class, () -> small.fromJson(TOUCHPOINT, Touchpoint.class));
    assertRule(e, "$", "document must be at most 100 characters");
    CxJsonException stream =
        assertThrows(
            CxJsonException.class,
            () ->
                small.fromJson(
                    new java.io.ByteArrayInputStream(
                        TOUCHPOINT.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    Touchpoint.class));
    assertRule(stream, "$", "document must be at most 100 bytes");
  }

  @Test
  void overlongNumberIsRejected() {
    String json = JOURNEY.replace("-15.00", "-1" + "0".repeat(200) + ".00");
    assertEquals(
        "number length must be at most 100 characters", reject(json, Journey.class).rule());
  }

  @Test
  void moneyWithAHugeExponentIsRejectedByTheModelRule() {
    String json = JOURNEY.replace("-15.00", "1e1000000000");
    assertRule(
        reject(json, Journey.class), "$.interactions[3].value", "money amount must have 0..18");
  }

  @Test
  void unknownCurrencyNamesThePath() {
    String json = JOURNEY.replace("\"USD\"", "\"XXY\"");
    assertRule(reject(json, Journey.class), "$.interactions[3].value.currency", "XXY");
  }

  @Test
  void enumByNumberOrUnknownNameIsRejected() {
    assertRule(
        reject(TOUCHPOINT.replace("\"BRAND_OWNED\"", "0"), Touchpoint.class),
        "$.ownership",
        "Ownership");
    assertRule(
        reject(TOUCHPOINT.replace("\"BRAND_OWNED\"", "\"OURS\""), Touchpoint.class),
        "$.ownership",
        "OURS");
  }

  @Test
  void nonFiniteNumbersAreNotJson() {
    String json = JOURNEY.replaceFirst("\"valence\":-0.5", "\"valence\":NaN");
    CxJsonException e = reject(json, Journey.class);
    assertTrue(e.rule().contains("NaN"), e.getMessage());
    assertTrue(e.line() > 0, e.getMessage());
  }

  @Test
  void duplicateKeysAreRejected() {
    String json = TOUCHPOINT.replace("{\"id\":\"support-call\"", "{\"id\":\"a\",\"id\":\"b\"");
    assertRule(reject(json, Touchpoint.class), "$.id", "Duplicate field 'id'");
  }

  @Test
  void trailingContentIsRejected() {
    assertTrue(reject(TOUCHPOINT + " {}", Touchpoint.class).rule().contains("Trailing token"));
  }

  @Test
  void malformedJsonReportsLineAndColumn() {
    CxJsonException e = reject("{\n  \"id\": \"x\",\n  \"name\" \"oops\"\n}", Touchpoint.class);
    assertEquals(3, e.line(), e.getMessage());
    assertTrue(e.getMessage().contains("(line 3, column"), e.getMessage());
  }

  @Test
  void typeHintsCannotPickAClass() {
    String json =
        TOUCHPOINT.replace("{\"id\":", "{\"@class\":\"java.lang.ProcessBuilder\",\"id\":");
    assertRule(reject(json, Touchpoint.class), "$['@class']", "unknown field '@class'");
  }

  @Test
  void documentMustCarryASupportedSchemaVersion() {
    String withoutVersion = JOURNEY.replace("\"schemaVersion\":1,", "");
    assertRule(
        reject(withoutVersion, Journey.class), "$.schemaVersion", "schemaVersion is required");
    assertRule(
        reject(JOURNEY.replace("\"schemaVersion\":1", "\"schemaVersion\":2"), Journey.class),
        "$.schemaVersion",
        "schemaVersion must be 1 (the version this cxkit reads), was 2");
    assertRule(
        reject(JOURNEY.replace("\"schemaVersion\":1", "\"schemaVersion\":\"1\""), Journey.class),
        "$.schemaVersion",
        "schemaVersion must be an integer");
    assertRule(reject("[]", Journey.class), "$", "must be a JSON object");
  }

  @Test
  void unsupportedVersionWinsOverUnknownFields() {
    String future =
        JOURNEY.replace("\"schemaVersion\":1", "\"schemaVersion\":7,\"newThing\":{\"a\":[1]}");
    assertRule(reject(future, Journey.class), "$.schemaVersion", "was 7");
  }

  @Test
  void schemaVersionIsWrittenFirstOnDocuments() {
    assertTrue(JOURNEY.startsWith("{\"schemaVersion\":1,"), JOURNEY);
  }

  @Test
  void writtenJsonUsesIsoInstantsAndExactMoney() {
    String json = STRICT.toJson(ModelExamples.billingCredit());
    assertTrue(json.contains("\"timestamp\":\"2024-03-10T09:00:00Z\""), json);
    assertTrue(json.contains("\"amount\":-15.00"), json);
    assertEquals(ModelExamples.billingCredit(), STRICT.fromJson(json, Interaction.class));
  }
}
