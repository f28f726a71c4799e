package dev.cxkit.model.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Turns Jackson's exceptions into {@link CxJsonException}s that name the JSON path and rule. */
final class JsonErrors {

  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
  private static final Pattern GENERATED_TYPE =
      Pattern.compile("`dev\\.cxkit\\.model\\.(?:\\w+\\.)*Immutable(\\w+)(?:\\$Json)?`");
  private static final Pattern MISSING_CREATOR_PROPERTY =
      Pattern.compile("Missing (?:required )?creator property '([^']*)'.*", Pattern.DOTALL);

  private JsonErrors() {}

  static CxJsonException at(String path, String rule) {
    return new CxJsonException(path, rule, -1, -1, null);
  }

  /**
   * The path and rule of {@code e}; {@code parser}, when given, supplies the path of low-level
   * failures (limits, malformed input) that carry none.
   */
  static CxJsonException translate(
      JsonProcessingException e, @Nullable JsonParser parser, JsonLimits limits) {
    int line = -1;
    int column = -1;
    JsonLocation location = e.getLocation();
    if (location != null && location.getLineNr() > 0) {
      line = location.getLineNr();
      column = location.getColumnNr();
    }
    if (e instanceof JsonMappingException) {
      JsonMappingException mapping = (JsonMappingException) e;
      return new CxJsonException(
          pathOf(mapping.getPath()), ruleOf(mapping, limits), line, column, e);
    }
    JsonParser source = parser;
    if (e instanceof StreamReadException && ((StreamReadException) e).getProcessor() != null) {
      source = ((StreamReadException) e).getProcessor();
    }
    String path = source == null ? "$" : pathOf(source.getParsingContext());
    String rule =
        e instanceof StreamConstraintsException
            ? limitRule((StreamConstraintsException) e, limits)
            : readable(e.getOriginalMessage());
    return new CxJsonException(path, rule, line, column, e);
  }

  /** A locale-independent rule for a broken {@link JsonLimits} bound. */
  private static String limitRule(StreamConstraintsException e, JsonLimits limits) {
    String message = e.getOriginalMessage();
    if (message.contains("nesting depth")) {
      return format(
          "nesting depth must be at most %d (JsonLimits.maxNestingDepth)",
          limits.maxNestingDepth());
    }
    if (message.contains("String value length")) {
      return format(
          "string length must be at most %d characters (JsonLimits.maxStringLength)",
          limits.maxStringLength());
    }
    if (message.contains("Name length")) {
      return format(
          "field name length must be at most %d characters",
          Math.min(limits.maxStringLength(), Mappers.MAX_NAME_LENGTH));
    }
    if (message.contains("Number value length")) {
      return format("number length must be at most %d characters", Mappers.MAX_NUMBER_LENGTH);
    }
    if (message.contains("Document length")) {
      return format(
          "document must be at most %d characters (JsonLimits.maxDocumentLength)",
          limits.maxDocumentLength());
    }
    return readable(message);
  }

  private static String format(String template, long value) {
    return String.format(Locale.ROOT, template, value);
  }

  private static String ruleOf(JsonMappingException e, JsonLimits limits) {
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException unknown = (UnrecognizedPropertyException) e;
      return "unknown field '"
          + unknown.getPropertyName()
          + "' (strict mode rejects unknown fields; use CxJson.lenient() to ignore them)";
    }
    Throwable root = rootCause(e);
    if (root instanceof StreamConstraintsException) {
      return limitRule((StreamConstraintsException) root, limits);
    }
    if (root instanceof IllegalArgumentException
        || root instanceof IllegalStateException
        || root instanceof NullPointerException) {
      String message = root.getMessage();
      if (message != null && !(root instanceof JsonProcessingException)) {
        return root instanceof NullPointerException ? "missing required field " + message : message;
      }
    }
    String message =
        root instanceof JsonProcessingException
            ? ((JsonProcessingException) root).getOriginalMessage()
            : e.getOriginalMessage();
    return readable(message);
  }

  /**
   * Jackson's wording without generated class names or feature hints, and with ASCII digits:
   * Jackson formats numbers in the default locale, cxkit messages never do.
   */
  static String readable(String jacksonMessage) {
    String message = asciiDigits(jacksonMessage);
    java.util.regex.Matcher missing = MISSING_CREATOR_PROPERTY.matcher(message);
    if (missing.matches()) {
      return "missing required field '" + missing.group(1) + "'";
    }
    return GENERATED_TYPE.matcher(message).replaceAll("`$1`");
  }

  private static String asciiDigits(String text) {
    StringBuilder ascii = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > 127 && Character.isDigit(c)) {
        if (ascii == null) {
          ascii = new StringBuilder(text);
        }
        ascii.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
      }
    }
    return ascii == null ? text : ascii.toString();
  }

  private static Throwable rootCause(Throwable e) {
    Throwable current = e;
    while (current.getCause() != null && current.getCause() != current) {
      current = current.getCause();
    }
    return current;
  }

  static String pathOf(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        appendName(path, reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  static String pathOf(@Nullable JsonStreamContext context) {
    Deque<String> segments = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        segments.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
      } else if (c.inObject() && c.getCurrentName() != null) {
        StringBuilder name = new StringBuilder();
        appendName(name, c.getCurrentName());
        segments.push(name.toString());
      }
    }
    return "$" + String.join("", segments);
  }

  private static void appendName(StringBuilder path, String name) {
    if (PLAIN_NAME.matcher(name).matches()) {
      path.append('.').append(name);
    } else {
      path.append("['").append(name.replace("\\", "\\\\").replace("'", "\\'")).append("']");
    }
  }
}
