package nl.casustafel.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import nl.casustafel.partner.Partner;
import nl.casustafel.shared.RequiredText;

/** One Zorg- en Veiligheidshuis region with the partners that work in it. */
@Entity
@Table(name = "tenant")
public class Tenant {

  /** The name: visible characters, at most the 200 of its column. */
  public static final RequiredText NAME = new RequiredText("Tenant name", 1, 200);

  @Id
  @Column(name = "id", length = 64)
  private String id;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @ManyToMany
  @JoinTable(
      name = "tenant_partner",
      joinColumns = @JoinColumn(name = "tenant_id"),
      inverseJoinColumns = @JoinColumn(name = "partner_id"))
  private Set<Partner> partners = new HashSet<>();

  protected Tenant() {} // for JPA

  public Tenant(TenantId id, String name) {
    this.id = id.value();
    this.name = requireName(name);
  }

  public TenantId getId() {
    return new TenantId(id);
  }

  public String getName() {
    return name;
  }

  public boolean hasPartner(Partner partner) {
    return partners.contains(partner);
  }

  /** A partner starts working in this region; adding it twice changes nothing. */
  public void admit(Partner partner) {
    partners.add(partner);
  }

  private static String requireName(String name) {
    return NAME.check(name);
  }
}
