package dev.cxkit.model.touchpoint;

/** The kind of a {@link Channel}. */
public enum ChannelKind {
  /** Web, mobile app, e-mail, social media. */
  DIGITAL,
  /** Store, branch, mail, packaging, the product itself. */
  PHYSICAL,
  /** A person helps: call centre agent, sales representative, technician. */
  ASSISTED,
  /** The customer serves themselves without an employee: kiosk, IVR, help centre. */
  SELF_SERVICE
}
