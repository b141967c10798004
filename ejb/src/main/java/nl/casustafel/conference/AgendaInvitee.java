package nl.casustafel.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.shared.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A partner invited to discuss one agenda item. The invitation also made the partner a participant
 * of the case (the participation model decides what it then sees).
 */
@Entity
@Table(name = "agenda_invitee")
@IdClass(AgendaInvitee.Key.class)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = Tenancy.PROPERTY)
public class AgendaInvitee {

  @Id
  @Column(name = "agenda_item_id")
  private Long item;

  @Id
  @Column(name = "partner_id")
  private String partner;

  @Column(name = "invited_by", nullable = false)
  private String invitedBy;

  @Column(name = "invited_at", nullable = false)
  private Instant invitedAt;

  protected AgendaInvitee() {} // for JPA

  AgendaInvitee(long item, PartnerId partner, String by, Instant at) {
    this.item = item;
    this.partner = partner.value();
    this.invitedBy = by;
    this.invitedAt = at;
  }

  public long item() {
    return item;
  }

  public PartnerId partner() {
    return new PartnerId(partner);
  }

  /** The composite key (JPA). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    public Long item;
    public String partner;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && java.util.Objects.equals(item, k.item)
          && java.util.Objects.equals(partner, k.partner);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(item, partner);
    }
  }
}
