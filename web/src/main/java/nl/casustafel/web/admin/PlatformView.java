package nl.casustafel.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Provider;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.identity.NewPerson;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.tenant.NewTenant;
import nl.casustafel.tenant.Onboarding;
import nl.casustafel.tenant.Tenant;
import nl.casustafel.tenant.TenantId;
import nl.casustafel.tenant.TenantStatus;

/**
 * Backs the platform page: the platform admin's regions — list, onboard, suspend and resume (issue
 * #15, part 1). Shows a region's set-up only, never case content.
 */
@Named
@ViewScoped
public class PlatformView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient Onboarding onboarding;
  @Inject private transient Provider<CurrentUser> currentUser;

  private List<TenantRow> tenants = List.of();
  private boolean allowed;
  private String id;
  private String name;
  private String ownPartner;
  private String ownPartnerName;
  private String ownPartnerDomain;
  private String municipalities;
  private String managerEmail;
  private String managerFirstName;
  private String managerLastName;

  @PostConstruct
  void init() {
    try {
      tenants = onboarding.tenants(currentUser.get()).stream().map(TenantRow::of).toList();
      allowed = true;
    } catch (AccessRefused e) {
      allowed = false;
    }
  }

  /** Onboards the region from the form; the form stays filled when a rule is broken. */
  public void onboard() {
    boolean done =
        AdminForms.attempt(
            () -> onboarding.onboard(currentUser.get(), spec()),
            "platform.onboarded",
            "id",
            "ownPartnerName",
            "ownPartner",
            "Tenant name",
            "emailDomain",
            "municipalities",
            "email",
            "firstName",
            "lastName",
            "id");
    if (done) {
      id = name = ownPartner = ownPartnerName = ownPartnerDomain = municipalities = null;
      managerEmail = managerFirstName = managerLastName = null;
      init();
    }
  }

  private NewTenant spec() {
    return new NewTenant(
        tenantId(id),
        name,
        partnerId(ownPartner),
        ownPartnerName,
        ownPartnerDomain,
        new TreeSet<>(
            Arrays.stream((municipalities == null ? "" : municipalities).split("[,\\n]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList()),
        new NewPerson(managerEmail, managerFirstName, managerLastName));
  }

  public void suspend(String tenant) {
    change(tenant, TenantStatus.SUSPENDED, "platform.suspended");
  }

  public void resume(String tenant) {
    change(tenant, TenantStatus.ACTIVE, "platform.resumed");
  }

  private void change(String tenant, TenantStatus status, String doneKey) {
    AdminForms.attempt(
        () -> onboarding.changeStatus(currentUser.get(), tenantId(tenant), status), doneKey);
    init();
  }

  private static TenantId tenantId(String value) {
    try {
      return new TenantId(value == null ? "" : value.strip());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("id must be a tenant id.");
    }
  }

  private static PartnerId partnerId(String value) {
    try {
      return new PartnerId(value == null ? "" : value.strip());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("ownPartner must be an organisation id.");
    }
  }

  /** One region in the table. */
  public record TenantRow(
      String id, String name, String status, int partners, String municipalities) {
    static TenantRow of(Tenant t) {
      return new TenantRow(
          t.getId().value(),
          t.getName(),
          t.status().name(),
          t.partners().size(),
          String.join(", ", t.municipalities()));
    }

    public String getId() {
      return id;
    }

    public String getName() {
      return name;
    }

    public String getStatus() {
      return status;
    }

    public int getPartners() {
      return partners;
    }

    public String getMunicipalities() {
      return municipalities;
    }

    public boolean isSuspended() {
      return TenantStatus.SUSPENDED.name().equals(status);
    }
  }

  public List<TenantRow> getTenants() {
    return tenants;
  }

  public boolean isAllowed() {
    return allowed;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getOwnPartner() {
    return ownPartner;
  }

  public void setOwnPartner(String ownPartner) {
    this.ownPartner = ownPartner;
  }

  public String getOwnPartnerName() {
    return ownPartnerName;
  }

  public void setOwnPartnerName(String ownPartnerName) {
    this.ownPartnerName = ownPartnerName;
  }

  public String getMunicipalities() {
    return municipalities;
  }

  public String getOwnPartnerDomain() {
    return ownPartnerDomain;
  }

  public void setOwnPartnerDomain(String ownPartnerDomain) {
    this.ownPartnerDomain = ownPartnerDomain;
  }

  public void setMunicipalities(String municipalities) {
    this.municipalities = municipalities;
  }

  public String getManagerEmail() {
    return managerEmail;
  }

  public void setManagerEmail(String managerEmail) {
    this.managerEmail = managerEmail;
  }

  public String getManagerFirstName() {
    return managerFirstName;
  }

  public void setManagerFirstName(String managerFirstName) {
    this.managerFirstName = managerFirstName;
  }

  public String getManagerLastName() {
    return managerLastName;
  }

  public void setManagerLastName(String managerLastName) {
    this.managerLastName = managerLastName;
  }
}
