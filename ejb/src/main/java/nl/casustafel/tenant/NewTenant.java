package nl.casustafel.tenant;

import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.casustafel.identity.NewPerson;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.shared.RequiredText;

/**
 * What the platform admin enters to onboard a region (issue #15, part 1): its id and name, its own
 * ZVH organisation (id, name, e-mail domain; the domain may be null when that organisation exists
 * already), the municipalities of the region and its first ZVH manager.
 *
 * @param municipalities 1 to 60 names of 1 to 100 visible characters, duplicates dropped
 */
public record NewTenant(
    TenantId id,
    String name,
    PartnerId ownPartner,
    String ownPartnerName,
    String ownPartnerDomain,
    SortedSet<String> municipalities,
    NewPerson manager) {

  private static final RequiredText MUNICIPALITY = new RequiredText("municipalities", 1, 100);
  private static final RequiredText OWN_PARTNER_NAME = new RequiredText("ownPartnerName", 1, 200);

  /**
   * @throws IllegalArgumentException naming the field that breaks its rule
   * @throws NullPointerException when the id, own partner or manager is missing
   */
  public NewTenant {
    java.util.Objects.requireNonNull(id, "id is required.");
    name = Tenant.NAME.check(name);
    java.util.Objects.requireNonNull(ownPartner, "ownPartner is required.");
    ownPartnerName = OWN_PARTNER_NAME.check(ownPartnerName);
    ownPartnerDomain =
        new nl.casustafel.partner.NewPartner(
                ownPartner,
                ownPartnerName,
                nl.casustafel.partner.PartnerKind.SAFETY_HOUSE,
                java.util.Optional.ofNullable(ownPartnerDomain),
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                java.util.Optional.empty())
            .emailDomain()
            .orElse(null);
    municipalities = municipalities(municipalities);
    java.util.Objects.requireNonNull(manager, "manager is required.");
  }

  private static SortedSet<String> municipalities(Collection<String> names) {
    if (names == null || names.isEmpty() || names.size() > 60) {
      throw new IllegalArgumentException("municipalities: name 1 to 60 municipalities.");
    }
    SortedSet<String> checked = new TreeSet<>();
    names.forEach(n -> checked.add(MUNICIPALITY.check(n)));
    return checked;
  }
}
