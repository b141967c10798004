package nl.casustafel.identity;

import java.util.Set;

/**
 * A person with at least one role in a tenant, as Keycloak knows them: their subject (Keycloak user
 * id), username, e-mail, name, organisation alias (empty: none) and roles in the tenant.
 */
public record StaffMember(
    String subject,
    String username,
    String email,
    String name,
    String organisation,
    Set<Role> roles) {

  public StaffMember {
    roles = Set.copyOf(roles);
  }

  // Getters for the screens (Jakarta EL 5 reads bean properties, not record components).

  public String getSubject() {
    return subject;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public String getOrganisation() {
    return organisation;
  }
}
