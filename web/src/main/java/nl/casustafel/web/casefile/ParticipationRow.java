package nl.casustafel.web.casefile;

import java.io.Serializable;

/** A partner's participation as the case director sees it. */
public final class ParticipationRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String partnerId;
  private final String partner;
  private final String invited;
  private final String status;
  private final boolean active;

  ParticipationRow(
      String partnerId, String partner, String invited, String status, boolean active) {
    this.partnerId = partnerId;
    this.partner = partner;
    this.invited = invited;
    this.status = status;
    this.active = active;
  }

  public String getPartnerId() {
    return partnerId;
  }

  public String getPartner() {
    return partner;
  }

  public String getInvited() {
    return invited;
  }

  public String getStatus() {
    return status;
  }

  public boolean isActive() {
    return active;
  }
}
