package dev.cxkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Validates a command's {@code --format json} output against its schema in docs/schema/cli. */
final class CliSchemas {
  static final Path DIR = Path.of("..", "docs", "schema", "cli");

  private CliSchemas() {}

  /** The output parsed, after checking it against {@code docs/schema/cli/NAME.schema.json}. */
  static JsonNode assertValid(String name, String output) {
    assertFalse(output.contains("NaN") || output.contains("Infinity"), output);
    JsonNode tree = Cli.json(output);
    Set<ValidationMessage> errors = schema(name).validate(tree);
    assertEquals(Set.of(), errors, () -> name + " output does not match its schema:\n" + output);
    return tree;
  }

  static JsonSchema schema(String name) {
    Path file = DIR.resolve(name + ".schema.json");
    try {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError("cannot read " + file.toAbsolutePath(), e);
    }
  }
}
