package dev.cxkit.journey.funnel;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.journey.events.EventFilter;

/**
 * One step of a funnel: a name and the events that count as reaching it.
 *
 * {@snippet class=dev.cxkit.journey.funnel.SnippetsTest region=checkpoint}
 *
 * @param name the step name shown in results
 * @param filter the events that reach the step
 */
public record Checkpoint(String name, EventFilter filter) {

  /** Validates the step. */
  public Checkpoint {
    checkNotNull(name, "name");
    checkArgument(!name.isBlank(), "checkpoint name must not be blank, was '%s'", name);
    checkNotNull(filter, "filter");
  }
}
