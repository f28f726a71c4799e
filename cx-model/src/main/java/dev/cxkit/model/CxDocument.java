package dev.cxkit.model;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

/**
 * A top-level JSON document of cxkit (an observed journey, an interaction log, a journey map). It
 * carries the {@code schemaVersion} of the JSON format it was written in, so that readers can
 * refuse documents they do not understand instead of misreading them.
 *
 * <p>Writers always write {@link #SCHEMA_VERSION}; {@code dev.cxkit.model.json.CxJson} requires the
 * field on reading and rejects unsupported versions before binding the rest.
 *
 * {@snippet class=dev.cxkit.model.SnippetsTest region=cxDocument}
 */
public interface CxDocument {

  /** The current (and only supported) schema version of cxkit JSON documents. */
  int SCHEMA_VERSION = 1;

  /** The schema version this document follows. */
  int schemaVersion();

  /** Whether this library can read documents of the given schema version. */
  static boolean isSupported(int schemaVersion) {
    return schemaVersion == SCHEMA_VERSION;
  }

  /**
   * Returns {@code schemaVersion} if supported.
   *
   * @throws IllegalArgumentException naming the version and the supported one otherwise
   */
  static int checkSchemaVersion(int schemaVersion) {
    checkArgument(
        isSupported(schemaVersion),
        "schemaVersion must be %s (the version this cxkit reads), was %s",
        SCHEMA_VERSION,
        schemaVersion);
    return schemaVersion;
  }
}
