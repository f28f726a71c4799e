package dev.cxkit.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads {@link Instant}s only from ISO-8601 strings ({@code "2024-03-01T08:00:00Z"}): an epoch
 * number is ambiguous (seconds or milliseconds?) and is rejected with the path of the value.
 */
final class IsoInstantDeserializer extends StdScalarDeserializer<Instant> {

  private static final long serialVersionUID = 1L;

  IsoInstantDeserializer() {
    super(Instant.class);
  }

  @Override
  public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return (Instant)
          context.handleUnexpectedToken(
              Instant.class,
              parser.currentToken(),
              parser,
              "an instant must be an ISO-8601 string such as \"2024-03-01T08:00:00Z\", was %s",
              parser.currentToken());
    }
    String text = parser.getText();
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      return (Instant)
          context.handleWeirdStringValue(
              Instant.class,
              text,
              "an instant must be an ISO-8601 string such as \"2024-03-01T08:00:00Z\"");
    }
  }
}
