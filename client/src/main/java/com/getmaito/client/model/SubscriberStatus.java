package com.getmaito.client.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A subscriber's status. An open value: a value the server adds later is kept as sent ({@link
 * #asString()}), with {@link #known()} returning {@link Known#UNKNOWN}.
 */
public final class SubscriberStatus {
  /** {@code subscribed}: receives the newsletter. */
  public static final SubscriberStatus SUBSCRIBED =
      new SubscriberStatus("subscribed", Known.SUBSCRIBED);

  /** {@code unsubscribed}: opted out. */
  public static final SubscriberStatus UNSUBSCRIBED =
      new SubscriberStatus("unsubscribed", Known.UNSUBSCRIBED);

  /** {@code bounced}: mail to the address bounced. */
  public static final SubscriberStatus BOUNCED = new SubscriberStatus("bounced", Known.BOUNCED);

  /** {@code complained}: marked a mail as spam. */
  public static final SubscriberStatus COMPLAINED =
      new SubscriberStatus("complained", Known.COMPLAINED);

  /** {@code blocked}: the API blocks mail to the address. */
  public static final SubscriberStatus BLOCKED = new SubscriberStatus("blocked", Known.BLOCKED);

  /** The values this SDK version knows, plus {@code UNKNOWN} for newer ones. */
  public enum Known {
    /** {@link #SUBSCRIBED}. */
    SUBSCRIBED,
    /** {@link #UNSUBSCRIBED}. */
    UNSUBSCRIBED,
    /** {@link #BOUNCED}. */
    BOUNCED,
    /** {@link #COMPLAINED}. */
    COMPLAINED,
    /** {@link #BLOCKED}. */
    BLOCKED,
    /** A value newer than this SDK; {@link #asString()} holds it. */
    UNKNOWN
  }

  private final String value;
  private final Known known;

  private SubscriberStatus(String value, Known known) {
    this.value = value;
    this.known = known;
  }

  /**
   * Returns the value for {@code value} as the API spells it, ignoring case; unknown values are
   * kept.
   *
   * @param value the value as the API spells it
   * @return one of the constants, or a new value whose {@link #known()} is {@link Known#UNKNOWN}
   */
  public static SubscriberStatus of(String value) {
    Objects.requireNonNull(value, "value == null");
    switch (value.toLowerCase(Locale.ROOT)) {
      case "subscribed":
        return SUBSCRIBED;
      case "unsubscribed":
        return UNSUBSCRIBED;
      case "bounced":
        return BOUNCED;
      case "complained":
        return COMPLAINED;
      case "blocked":
        return BLOCKED;
      default:
        return new SubscriberStatus(value, Known.UNKNOWN);
    }
  }

  /** {@return the value as the API spells it} */
  public String asString() {
    return value;
  }

  /** {@return the known value, or {@link Known#UNKNOWN} for a value newer than this SDK} */
  public Known known() {
    return known;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubscriberStatus && ((SubscriberStatus) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
