package dev.cxkit.model.map;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cxkit.model.internal.Checks;
import org.immutables.value.Value;

/**
 * Where and how customer feedback is collected at a journey step: the listening post, the metric
 * asked for (NPS, CSAT, CES, sentiment, ...) and how often.
 *
 * {@snippet class=dev.cxkit.model.map.SnippetsTest region=listeningPost}
 */
@Value.Immutable
@JsonSerialize
public abstract class ListeningPost {

  ListeningPost() {}

  /** Where feedback is collected, for example "post-call IVR survey" or "app store reviews". */
  public abstract String source();

  /** The metric collected, for example "NPS", "CSAT", "CES" or "sentiment". */
  public abstract String metric();

  /** How often, for example "after every call", "monthly", "continuous". */
  public abstract String cadence();

  /** A listening post. */
  public static ListeningPost of(String source, String metric, String cadence) {
    return ImmutableListeningPost.builder().source(source).metric(metric).cadence(cadence).build();
  }

  @Value.Check
  final void check() {
    Checks.nonBlank("listeningPost.source", source());
    Checks.nonBlank("listeningPost.metric", metric());
    Checks.nonBlank("listeningPost.cadence", cadence());
  }

  @Override
  public final String toString() {
    return "ListeningPost{" + metric() + " via '" + source() + "', " + cadence() + "}";
  }
}
