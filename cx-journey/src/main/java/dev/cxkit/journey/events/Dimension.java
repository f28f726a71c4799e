package dev.cxkit.journey.events;

/**
 * Which attribute of an event a path, flow, chain or funnel is built over.
 *
 * <pre>{@code
 * Dimension.CHANNEL.dictionary(log.dictionaries()).name(3);   // "email"
 * }</pre>
 */
public enum Dimension {
  /** The touchpoint (finest grain). */
  TOUCHPOINT,
  /** The channel the touchpoint happened in. */
  CHANNEL,
  /** The event type (for example "click", "cart", "order"). */
  TYPE,
  /** The journey stage (for example "awareness", "purchase"). */
  STAGE;

  /** The dictionary that names ids of this dimension. */
  public Dictionary dictionary(EventDictionaries dictionaries) {
    switch (this) {
      case TOUCHPOINT:
        return dictionaries.touchpoints();
      case CHANNEL:
        return dictionaries.channels();
      case TYPE:
        return dictionaries.types();
      case STAGE:
        return dictionaries.stages();
      default:
        throw new AssertionError(this);
    }
  }
}
