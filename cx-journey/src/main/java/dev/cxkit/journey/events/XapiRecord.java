package dev.cxkit.journey.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cxkit.model.csv.Rejection;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * An xAPI statement (ADL xAPI 1.0.3, section 2.4): customer the actor's inverse functional
 * identifier ({@code mbox}, {@code mbox_sha1sum}, {@code openid} or {@code account.homePage|name});
 * touchpoint the activity {@code object.id}; type the {@code verb.id}; channel {@code
 * context.platform}; time {@code timestamp} else {@code stored}; event id the statement {@code id}.
 * Voiding statements are rejected: they are not events.
 */
final class XapiRecord extends JsonRecord {
  private static final TimeFormat ISO = TimeFormat.iso(ZoneOffset.UTC);
  private static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

  @Override
  @Nullable Rejection extract(JsonNode node, Fields out) {
    String customer = text(node, "actor.mbox");
    if (customer == null) {
      customer = text(node, "actor.mbox_sha1sum");
    }
    if (customer == null) {
      customer = text(node, "actor.openid");
    }
    if (customer == null) {
      String home = text(node, "actor.account.homePage");
      String name = text(node, "actor.account.name");
      if (home != null && name != null) {
        customer = home + "|" + name;
      }
    }
    if (customer == null) {
      return problem(
          out,
          "actor",
          shown(at(node, "actor")),
          "actor must identify an agent by mbox, mbox_sha1sum, openid or account");
    }
    out.customer = customer;
    String verb = text(node, "verb.id");
    if (verb == null) {
      return problem(out, "verb.id", shown(at(node, "verb")), "verb.id must be a non-empty IRI");
    }
    if (verb.equals(VOIDED)) {
      return problem(out, "verb.id", verb, "voiding statements are not events");
    }
    out.type = verb;
    out.touchpoint = text(node, "object.id");
    if (out.touchpoint == null) {
      return problem(
          out,
          "object.id",
          shown(at(node, "object")),
          "object.id must be a non-empty activity IRI");
    }
    JsonNode t = at(node, "timestamp");
    if (t == null) {
      t = at(node, "stored");
    }
    long time = t == null ? Long.MIN_VALUE : time(t, ISO);
    if (time == Long.MIN_VALUE) {
      return problem(out, "timestamp", shown(t), "timestamp must be ISO-8601 with an offset");
    }
    out.time = time;
    String platform = text(node, "context.platform");
    out.channel = platform == null ? "" : platform;
    out.stage = "";
    out.eventId = text(node, "id");
    return null;
  }

  @Override
  String eventIdField() {
    return "id";
  }
}
