package dev.cxkit.model.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
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

  static CxJsonException translate(JsonProcessingException e) {
    int line = -1;
    int column = -1;
    JsonLocation location = e.getLocation();
    if (location != null && location.getLineNr() > 0) {
      line = location.getLineNr();
      column = location.getColumnNr();
    }
    if (e instanceof JsonMappingException) {
      JsonMappingException mapping = (JsonMappingException) e;
      return new CxJsonException(pathOf(mapping.getPath()), ruleOf(mapping), line, column, e);
    }
    String path = "$";
    if (e instanceof StreamReadException) {
      JsonParser parser = ((StreamReadException) e).getProcessor();
      if (parser != null) {
        path = pathOf(parser.getParsingContext());
      }
    }
    return new CxJsonException(path, e.getOriginalMessage(), line, column, e);
  }

  private static String ruleOf(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException unknown = (UnrecognizedPropertyException) e;
      return "unknown field '"
          + unknown.getPropertyName()
          + "' (strict mode rejects unknown fields; use CxJson.lenient() to ignore them)";
    }
    Throwable root = rootCause(e);
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

  /** Jackson's wording without generated class names or feature hints. */
  static String readable(String message) {
    java.util.regex.Matcher missing = MISSING_CREATOR_PROPERTY.matcher(message);
    if (missing.matches()) {
      return "missing required field '" + missing.group(1) + "'";
    }
    return GENERATED_TYPE.matcher(message).replaceAll("`$1`");
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
