package dev.cxkit.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.cxkit.model.interaction.InteractionLog;
import dev.cxkit.model.interaction.Outcome;
import dev.cxkit.model.testing.ModelArbitraries;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The events JSON Schema ({@code docs/schema/interaction.schema.json}, draft 2020-12) accepts the
 * bundled sample and everything {@link CxJson} writes, and rejects what strict reading rejects.
 */
class InteractionSchemaTest {

  private static final Path SCHEMA = Path.of("..", "docs", "schema", "interaction.schema.json");
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final JsonSchema VALIDATOR = load();

  private static JsonSchema load() {
    try {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(Files.readString(SCHEMA, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + SCHEMA.toAbsolutePath(), e);
    }
  }

  private static String sample() throws IOException {
    try (InputStream in =
        InteractionSchemaTest.class.getResourceAsStream("/samples/cable-outage-events.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Set<ValidationMessage> validate(String json) throws IOException {
    JsonNode tree = TREES.readTree(json);
    return VALIDATOR.validate(tree);
  }

  @Test
  void sampleDocumentIsValidAndReadsStrictly() throws IOException {
    String sample = sample();
    assertEquals(Set.of(), validate(sample));
    InteractionLog log = CxJson.strict().fromJson(sample, InteractionLog.class);
    assertEquals(8, log.interactions().size());
    assertEquals(Outcome.TRANSFERRED, log.interactions().get(1).outcome());
    assertEquals("acme-logistics", log.interactions().get(7).accountId().orElseThrow());
  }

  @Test
  void schemaRejectsWhatStrictReadingRejects() throws IOException {
    String sample = sample();
    assertFalse(validate(sample.replace("\"type\": \"visit\",", "\"tpye\": \"visit\",")).isEmpty());
    assertFalse(validate(sample.replace("\"USD\"", "\"usd\"")).isEmpty());
    assertFalse(validate(sample.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2")).isEmpty());
    assertFalse(validate(sample.replace("\"CUSTOMER\"", "\"SOMEONE\"")).isEmpty());
    assertFalse(validate(sample.replace("2024-03-02T09:00:00Z", "2024-03-02 09:00")).isEmpty());
    assertFalse(validate(sample.replace("\"valence\": 0.5", "\"valence\": 1.5")).isEmpty());
    assertFalse(validate(sample.replace("\"id\": \"ev-0004\"", "\"id\": \" \"")).isEmpty());
  }

  @Property(tries = 50)
  void everythingCxJsonWritesIsValid(@ForAll("logs") InteractionLog log) throws IOException {
    Set<ValidationMessage> errors = validate(CxJson.strict().toJson(log));
    assertTrue(errors.isEmpty(), errors::toString);
  }

  @Provide
  Arbitrary<InteractionLog> logs() {
    return ModelArbitraries.interactionLogs();
  }
}
