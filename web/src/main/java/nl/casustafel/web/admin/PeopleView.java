package nl.casustafel.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Provider;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.identity.NewPerson;
import nl.casustafel.identity.Role;
import nl.casustafel.identity.Staff;
import nl.casustafel.identity.StaffMember;
import nl.casustafel.identity.provisioning.ProvisioningFailed;
import nl.casustafel.partner.Partner;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.tenant.TenantDirectory;
import nl.casustafel.web.shared.ActiveTenant;

/**
 * Backs the people page: the region's people with their organisation and roles; the ZVH manager
 * invites a person into an organisation with a role, and takes roles away (issue #15, part 3).
 */
@Named
@ViewScoped
public class PeopleView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final nl.casustafel.policy.PolicyDecisionPoint PDP =
      new nl.casustafel.policy.PolicyDecisionPoint();

  @EJB private transient Staff staff;
  @EJB private transient TenantDirectory tenants;
  @Inject private transient Provider<CurrentUser> currentUser;
  @Inject private ActiveTenant activeTenant;

  private List<StaffMember> members = List.of();
  private List<Partner> organisations = List.of();
  private boolean allowed;
  private boolean manager;
  private boolean keycloakFailed;
  private String email;
  private String firstName;
  private String lastName;
  private String organisation;
  private Role role;

  @PostConstruct
  void init() {
    allowed = false;
    activeTenant
        .id()
        .filter(
            tenant ->
                PDP.refusalToKeepPeopleOf(currentUser.get(), tenant, currentUser.get().partner())
                    .isEmpty())
        .ifPresent(
            tenant -> {
              try {
                members = staff.members(currentUser.get());
                organisations =
                    tenants
                        .find(tenant)
                        .map(
                            t ->
                                t.partners().stream()
                                    .filter(p -> keeps(tenant, p))
                                    .sorted(Comparator.comparing(Partner::getName))
                                    .toList())
                        .orElse(List.of());
                manager = PDP.refusalToKeepTenant(currentUser.get(), tenant).isEmpty();
                allowed = true;
              } catch (AccessRefused e) {
                allowed = false;
              } catch (ProvisioningFailed e) {
                keycloakFailed = true;
              }
            });
  }

  /** Invites the person; the form stays filled when a rule is broken. */
  public void invite() {
    boolean done =
        AdminForms.attempt(
            () ->
                staff.invite(
                    currentUser.get(),
                    new NewPerson(email, firstName, lastName),
                    new PartnerId(organisation == null ? "" : organisation),
                    role),
            "people.invited",
            "email",
            "firstName",
            "lastName",
            "organisation",
            "role");
    if (done) {
      email = firstName = lastName = organisation = null;
      init();
    }
  }

  public void revoke(String subject, Role role) {
    AdminForms.attempt(() -> staff.revoke(currentUser.get(), subject, role), "people.revoked");
    init();
  }

  public void remove(String subject) {
    AdminForms.attempt(() -> staff.remove(currentUser.get(), subject), "people.removed");
    init();
  }

  public List<StaffMember> getMembers() {
    return members;
  }

  public List<Partner> getOrganisations() {
    return organisations;
  }

  /** The roles a manager can give: every tenant role. */
  public List<Role> getRoles() {
    return Role.tenantRoles().stream().filter(r -> manager || !r.ofTheZvhItself()).toList();
  }

  /**
   * Whether the user may invite into the organisation: the manager any, a coordinator their own.
   */
  private boolean keeps(nl.casustafel.tenant.TenantId tenant, Partner organisation) {
    return PDP.refusalToKeepPeopleOf(
            currentUser.get(), tenant, java.util.Optional.of(organisation.getId()))
        .isEmpty();
  }

  /** A member's roles in a stable order, for the table. */
  public List<Role> rolesOf(StaffMember member) {
    return member.roles().stream().sorted().toList();
  }

  public boolean isAllowed() {
    return allowed;
  }

  public boolean isKeycloakFailed() {
    return keycloakFailed;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }
}
