package nl.casustafel.registry;

/**
 * Where a referral or signal came from. {@link #REFERRAL} is a partner's aanmelding through the
 * referral form; the others are signals (signalen) the ZVH's staff register.
 */
public enum SignalSource {
  REFERRAL,
  PROFESSIONAL,
  MAILBOX,
  MELD_MISDAAD_ANONIEM,
  WATCH_NEDERLAND,
  ADVERTISEMENT_REVIEW,
  ENFORCEMENT_ACTION,
  OTHER;

  public boolean signal() {
    return this != REFERRAL;
  }
}
