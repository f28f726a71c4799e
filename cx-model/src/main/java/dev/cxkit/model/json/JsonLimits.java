package dev.cxkit.model.json;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

/**
 * Bounds on untrusted JSON input, enforced while parsing so that hostile documents fail fast.
 *
 * {@snippet class=dev.cxkit.model.json.SnippetsTest region=jsonLimits}
 *
 * @param maxNestingDepth deepest allowed nesting of objects and arrays, at least 8
 * @param maxStringLength longest allowed string value or field name, in characters, at least 1
 * @param maxDocumentLength largest allowed document, in characters (or bytes for streams), at least
 *     1
 */
public record JsonLimits(int maxNestingDepth, int maxStringLength, long maxDocumentLength) {

  /** Default nesting depth: far above any model document, far below a stack overflow. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** Default longest string: 1 MiB characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1 << 20;

  /** Default largest document: 256 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 256L << 20;

  /** Validates the components. */
  public JsonLimits {
    checkArgument(
        maxNestingDepth >= 8, "maxNestingDepth must be at least 8, was %s", maxNestingDepth);
    checkArgument(
        maxStringLength >= 1, "maxStringLength must be at least 1, was %s", maxStringLength);
    checkArgument(
        maxDocumentLength >= 1, "maxDocumentLength must be at least 1, was %s", maxDocumentLength);
  }

  /** The defaults: nesting depth 64, strings up to 1 MiB, documents up to 256 MiB. */
  public static JsonLimits defaults() {
    return new JsonLimits(
        DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_DOCUMENT_LENGTH);
  }
}
