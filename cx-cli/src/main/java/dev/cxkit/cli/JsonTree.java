package dev.cxkit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cxkit.model.json.CxJson;
import dev.cxkit.render.text.Escape;
import java.util.Iterator;
import java.util.Map;

/**
 * Re-writes a JSON document made by {@link CxJson} through cxkit's one escaping layer ({@link
 * Escape#jsonString}): the same values, indented by two spaces, with every string escaped for safe
 * embedding (bidi and zero-width characters, U+2028/U+2029 and {@code < > & '} as backslash-u
 * escapes).
 */
final class JsonTree {
  private static final ObjectMapper TREES = new ObjectMapper();

  private JsonTree() {}

  /** The canonical JSON of {@code value}, escaped by the output layer; ends in a line feed. */
  static String of(Object value) {
    JsonNode tree;
    try {
      tree = TREES.readTree(CxJson.strict().toJson(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("CxJson wrote JSON that does not parse", e);
    }
    StringBuilder out = new StringBuilder();
    write(tree, out, "");
    return out.append('\n').toString();
  }

  private static void write(JsonNode node, StringBuilder out, String indent) {
    if (node.isObject()) {
      if (node.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        out.append(indent).append("  ").append(Escape.jsonString(f.getKey())).append(": ");
        write(f.getValue(), out, indent + "  ");
        out.append(fields.hasNext() ? ",\n" : "\n");
      }
      out.append(indent).append('}');
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        out.append("[]");
        return;
      }
      boolean scalars = true;
      for (JsonNode e : node) {
        scalars &= e.isValueNode();
      }
      out.append(scalars ? "[" : "[\n");
      for (int i = 0; i < node.size(); i++) {
        if (!scalars) {
          out.append(indent).append("  ");
        }
        write(node.get(i), out, indent + "  ");
        if (i + 1 < node.size()) {
          out.append(scalars ? ", " : ",\n");
        }
      }
      out.append(scalars ? "]" : "\n" + indent + "]");
    } else if (node.isTextual()) {
      out.append(Escape.jsonString(node.textValue()));
    } else if (node.isFloatingPointNumber()) {
      double d = node.doubleValue();
      if (!Double.isFinite(d)) {
        throw new IllegalStateException("non-finite number in a model document: " + d);
      }
      out.append(Double.toString(d));
    } else {
      out.append(node.toString());
    }
  }
}
