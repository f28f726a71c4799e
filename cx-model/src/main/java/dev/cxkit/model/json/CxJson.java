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
 * {@snippet class=dev.cxkit.model.json.SnippetsTest region=cxJson}
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
      throw JsonErrors.translate(e, null, limits);
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
      throw JsonErrors.translate(e, null, limits);
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
    try {
      return stream(mapper.createParser(json), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a value of {@code type} from a character stream (which is not closed), streaming: the
   * {@link JsonLimits} apply while reading, so a hostile input fails at the limit without being
   * held in memory.
   *
   * @throws CxJsonException naming the JSON path and the rule when the input is not a valid {@code
   *     type}
   * @throws UncheckedIOException when reading fails
   */
  public <T> T fromJson(Reader json, Class<T> type) {
    requireNonNull(json, "json");
    requireNonNull(type, "type");
    try {
      return stream(mapper.createParser(json), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a value of {@code type} from a byte stream in UTF-8, UTF-16 or UTF-32 (which is not
   * closed), streaming: the {@link JsonLimits} apply while reading (the document length in bytes),
   * so a hostile input fails at the limit without being held in memory.
   *
   * @throws CxJsonException naming the JSON path and the rule when the input is not a valid {@code
   *     type}
   * @throws UncheckedIOException when reading fails
   */
  public <T> T fromJson(InputStream json, Class<T> type) {
    requireNonNull(json, "json");
    requireNonNull(type, "type");
    try {
      return stream(mapper.createParser(new LimitedInput(json, limits.maxDocumentLength())), type);
    } catch (LimitedInput.TooLong e) {
      throw JsonErrors.at(
          "$",
          String.format(
              Locale.ROOT,
              "document must be at most %d bytes, was longer",
              limits.maxDocumentLength()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Binds from a streaming parser, checking a document's schema version first. */
  private <T> T stream(JsonParser parser, Class<T> type) throws IOException {
    try (JsonParser p = parser) {
      try {
        JsonParser source = p;
        if (CxDocument.class.isAssignableFrom(type)) {
          source = versionChecked(p, type);
        }
        return mapper.readValue(source, type);
      } catch (JsonProcessingException e) {
        throw JsonErrors.translate(e, p, limits);
      }
    }
  }

  /**
   * Reads the document's fields up to its {@code schemaVersion}, checks it, and returns a parser
   * that replays those fields and then continues with the rest of the stream: only the fields
   * before the version are buffered.
   */
  private JsonParser versionChecked(JsonParser parser, Class<?> type) throws IOException {
    JsonToken first = parser.nextToken();
    if (first != JsonToken.START_OBJECT) {
      throw JsonErrors.at(
          "$",
          "a " + type.getSimpleName() + " document must be a JSON object, was " + describe(first));
    }
    com.fasterxml.jackson.databind.util.TokenBuffer seen =
        new com.fasterxml.jackson.databind.util.TokenBuffer(parser, null);
    seen.writeStartObject();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      seen.writeFieldName(name);
      if ("schemaVersion".equals(name)) {
        if (value != JsonToken.VALUE_NUMBER_INT) {
          throw JsonErrors.at(
              "$.schemaVersion", "schemaVersion must be an integer, was " + describe(value));
        }
        int version = parser.getIntValue();
        if (!CxDocument.isSupported(version)) {
          throw JsonErrors.at(
              "$.schemaVersion",
              "schemaVersion must be "
                  + CxDocument.SCHEMA_VERSION
                  + " (the version this cxkit reads), was "
                  + version);
        }
        seen.copyCurrentEvent(parser);
        return com.fasterxml.jackson.core.util.JsonParserSequence.createFlattened(
            false, seen.asParser(parser.getCodec()), parser);
      }
      seen.copyCurrentStructure(parser);
    }
    throw JsonErrors.at(
        "$.schemaVersion",
        "schemaVersion is required in a "
            + type.getSimpleName()
            + " document (this cxkit reads version "
            + CxDocument.SCHEMA_VERSION
            + ")");
  }

  /** Counts the bytes read and fails past the document limit. */
  private static final class LimitedInput extends java.io.FilterInputStream {
    private final long max;
    private long read;

    LimitedInput(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0 && ++read > max) {
        throw new TooLong();
      }
      return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, (int) Math.min(len, max - read + 1));
      if (n > 0 && (read += n) > max) {
        throw new TooLong();
      }
      return n;
    }

    static final class TooLong extends IOException {
      private static final long serialVersionUID = 1L;

      TooLong() {
        super("document too long");
      }
    }
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

  private static String describe(JsonToken token) {
    return token == null
        ? "end of input"
        : token.asString() == null ? token.name() : token.asString();
  }
}
