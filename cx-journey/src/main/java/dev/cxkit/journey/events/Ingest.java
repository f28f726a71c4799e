package dev.cxkit.journey.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Shared record handling of the readers: policy, duplicate ids, accounting, sink errors. */
final class Ingest {
  private final RejectPolicy policy;
  private final EventSink sink;
  private final Set<String> eventIds = new HashSet<>();
  private final List<Rejection> rejections = new ArrayList<>();
  private long read;
  private long accepted;

  Ingest(RejectPolicy policy, EventSink sink) {
    this.policy = policy;
    this.sink = sink;
  }

  /** Counts one record read. */
  void record() {
    read++;
  }

  /** Rejects the current record (already counted by {@link #record()}). */
  void reject(long line, String field, String value, String rule) throws EventParseException {
    Rejection r = new Rejection(line, field, value, rule);
    if (policy == RejectPolicy.FAIL_FAST) {
      throw new EventParseException(r);
    }
    rejections.add(r);
  }

  /**
   * Returns true when {@code id} was not seen before; otherwise rejects the record (first one read
   * wins) and returns false.
   */
  boolean firstEventId(long line, String field, String id) throws EventParseException {
    if (eventIds.add(id)) {
      return true;
    }
    reject(line, field, id, field + " must be unique; the first record with this id was kept");
    return false;
  }

  void emit(long line, int customer, long time, int touchpoint, int channel, int type, int stage)
      throws EventParseException {
    try {
      sink.accept(customer, time, touchpoint, channel, type, stage);
      accepted++;
    } catch (IllegalArgumentException e) {
      reject(line, "record", "", String.valueOf(e.getMessage()));
    }
  }

  IngestReport report() {
    return new IngestReport(read, accepted, rejections);
  }
}
