package dev.cxkit.model.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cxkit.model.CxDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Reads and writes every cxkit model type as JSON, losslessly and defensively.
 *
 * <p>One configured Jackson mapper per instance: {@code Optional} and {@code java.time} support,
 * ISO-8601 instants, exact {@code BigDecimal} and {@code double} values, absent optionals left out,
 * no scalar coercion (a string is never silently a number), duplicate keys and trailing content
 * rejected, {@link JsonLimits} on nesting depth, string length and document size, and no default
 * typing, ever. {@link #strict()} rejects unknown fields; {@link #lenient()} ignores them (for
 * documents written by a newer cxkit).
 *
 * <p>Top-level {@link CxDocument} types must carry a supported {@code schemaVersion}; it is checked
 * before anything else is bound, so a document of another version gets a version error rather than
 * a confusing one about its fields.
 *
 * <p>Every failure is a {@link CxJsonException} naming the JSON path and the rule, including the
 * model's own validation rules.
 *
 * <pre>{@code
 * CxJson json = CxJson.strict();
 * String text = json.toJson(touchpoint);
 * Touchpoint back = json.fromJson(text, Touchpoint.class);   // equals touchpoint
 * }</pre>
 */
public final class CxJson {

  private static final CxJson STRICT = new CxJson(true, JsonLimits.defaults());
  private static final CxJson LENIENT = new CxJson(false, JsonLimits.defaults());

  private final boolean strict;
  private final JsonLimits limits;
  private final ObjectMapper mapper;

  private CxJson(boolean strict, JsonLimits limits) {
    this.strict = strict;
    this.limits = limits;
    this.mapper = Mappers.create(strict, limits);
  }

  /** Reader and writer that rejects unknown fields, with {@link JsonLimits#defaults()}. */
  public static CxJson strict() {
    return STRICT;
  }

  /** Reader and writer that ignores unknown fields, with {@link JsonLimits#defaults()}. */
  public static CxJson lenient() {
    return LENIENT;
  }

  /** The same mode with other input limits. */
  public CxJson withLimits(JsonLimits limits) {
    requireNonNull(limits, "limits");
    return limits.equals(this.limits) ? this : new CxJson(strict, limits);
  }

  /** Whether unknown fields are rejected. */
  public boolean isStrict() {
    return strict;
  }

  /** The input limits. */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * The JSON text of a model value.
   *
   * @throws CxJsonException when the value cannot be written
   */
  public String toJson(Object value) {
    requireNonNull(value, "value");
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw JsonErrors.translate(e);
    }
  }

  /**
   * Writes the JSON text of a model value to {@code out} (which is not closed).
   *
   * @throws CxJsonException when the value cannot be written
   * @throws UncheckedIOException when {@code out} fails
   */
  public void toJson(Object value, Writer out) {
    requireNonNull(value, "value");
    requireNonNull(out, "out");
    try {
      mapper
          .writer()
          .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .writeValue(out, value);
    } catch (JsonProcessingException e) {
      throw JsonErrors.translate(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a value of {@code type} from JSON text.
   *
   * @throws CxJsonException naming the JSON path and the rule when the text is not a valid {@code
   *     type}
   */
  public <T> T fromJson(String json, Class<T> type) {
    requireNonNull(json, "json");
    requireNonNull(type, "type");
    checkLength(json.length(), "characters");
    return read(json, type);
  }

  /**
   * Reads a value of {@code type} from a character stream (which is not closed).
   *
   * @throws CxJsonException naming the JSON path and the rule when the input is not a valid {@code
   *     type}
   * @throws UncheckedIOException when reading fails
   */
  public <T> T fromJson(Reader json, Class<T> type) {
    requireNonNull(json, "json");
    requireNonNull(type, "type");
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n = json.read(buffer); n >= 0; n = json.read(buffer)) {
        text.append(buffer, 0, n);
        checkLength(text.length(), "characters");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read(text.toString(), type);
  }

  /**
   * Reads a value of {@code type} from a byte stream in UTF-8, UTF-16 or UTF-32 (which is not
   * closed).
   *
   * @throws CxJsonException naming the JSON path and the rule when the input is not a valid {@code
   *     type}
   * @throws UncheckedIOException when reading fails
   */
  public <T> T fromJson(InputStream json, Class<T> type) {
    requireNonNull(json, "json");
    requireNonNull(type, "type");
    byte[] bytes;
    try {
      bytes =
          json.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentLength() + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    checkLength(bytes.length, "bytes");
    return read(bytes, type);
  }

  private void checkLength(long length, String unit) {
    if (length > limits.maxDocumentLength()) {
      throw JsonErrors.at(
          "$",
          String.format(
              Locale.ROOT,
              "document must be at most %d %s, was longer",
              limits.maxDocumentLength(),
              unit));
    }
  }

  private <T> T read(Object source, Class<T> type) {
    try {
      if (CxDocument.class.isAssignableFrom(type)) {
        try (JsonParser parser = open(source)) {
          checkSchemaVersion(parser, type);
        }
      }
      try (JsonParser parser = open(source)) {
        return mapper.readValue(parser, type);
      }
    } catch (JsonProcessingException e) {
      throw JsonErrors.translate(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonParser open(Object source) throws IOException {
    return source instanceof String
        ? mapper.createParser((String) source)
        : mapper.createParser((byte[]) source);
  }

  private static void checkSchemaVersion(JsonParser parser, Class<?> type) throws IOException {
    JsonToken first = parser.nextToken();
    if (first != JsonToken.START_OBJECT) {
      throw JsonErrors.at(
          "$",
          "a " + type.getSimpleName() + " document must be a JSON object, was " + describe(first));
    }
    Integer version = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if ("schemaVersion".equals(name)) {
        if (value != JsonToken.VALUE_NUMBER_INT) {
          throw JsonErrors.at(
              "$.schemaVersion", "schemaVersion must be an integer, was " + describe(value));
        }
        version = parser.getIntValue();
      } else {
        parser.skipChildren();
      }
    }
    if (version == null) {
      throw JsonErrors.at(
          "$.schemaVersion",
          "schemaVersion is required in a "
              + type.getSimpleName()
              + " document (this cxkit reads version "
              + CxDocument.SCHEMA_VERSION
              + ")");
    }
    if (!CxDocument.isSupported(version)) {
      throw JsonErrors.at(
          "$.schemaVersion",
          "schemaVersion must be "
              + CxDocument.SCHEMA_VERSION
              + " (the version this cxkit reads), was "
              + version);
    }
  }

  private static String describe(JsonToken token) {
    return token == null
        ? "end of input"
        : token.asString() == null ? token.name() : token.asString();
  }
}
