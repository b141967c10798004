package nl.casustafel.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Provider;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.partner.CrisisService;
import nl.casustafel.partner.NewPartner;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.partner.PartnerKeeping;
import nl.casustafel.partner.PartnerKind;
import nl.casustafel.policy.PolicyDecisionPoint;
import nl.casustafel.web.shared.ActiveTenant;

/**
 * The form on the partner page with which the ZVH manager adds an organisation to the region, new
 * or already working in another region (issue #15, part 2).
 */
@Named
@ViewScoped
public class PartnerForm implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final PolicyDecisionPoint PDP = new PolicyDecisionPoint();

  @EJB private transient PartnerKeeping keeping;
  @EJB private transient nl.casustafel.report.ProgressReports reports;
  @Inject private transient Provider<CurrentUser> currentUser;
  @Inject private ActiveTenant activeTenant;

  private String id;
  private String name;
  private PartnerKind kind = PartnerKind.CARE;
  private String emailDomain;
  private String identityProvider;
  private String municipality;
  private String crisisService;

  /** Whether the form shows: the region's ZVH manager only. */
  public boolean isMayAdd() {
    return activeTenant
        .id()
        .map(t -> PDP.refusalToKeepTenant(currentUser.get(), t).isEmpty())
        .orElse(false);
  }

  /** Adds the partner; reloads the page so the table shows it. */
  public String add() {
    boolean done =
        AdminForms.attempt(
            () ->
                keeping.add(
                    currentUser.get(),
                    new NewPartner(
                        partnerId(id),
                        name,
                        kind,
                        Optional.ofNullable(emailDomain),
                        Optional.ofNullable(identityProvider),
                        Optional.ofNullable(municipality),
                        Optional.ofNullable(crisisService)
                            .filter(c -> !c.isEmpty())
                            .map(CrisisService::valueOf))),
            "partners.added",
            "id",
            "name",
            "kind",
            "emailDomain",
            "identityProvider",
            "municipality");
    if (!done) {
      return null;
    }
    jakarta.faces.context.FacesContext.getCurrentInstance()
        .getExternalContext()
        .getFlash()
        .setKeepMessages(true);
    return "/partners.xhtml?faces-redirect=true";
  }

  private static PartnerId partnerId(String value) {
    try {
      return new PartnerId(value == null ? "" : value.strip());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("id must be an organisation id.");
    }
  }

  /** The region's municipalities: a municipality partner is one of them. */
  public List<String> getMunicipalities() {
    return activeTenant.id().isPresent() ? reports.municipalities() : List.of();
  }

  public List<CrisisService> getCrisisServices() {
    return List.of(CrisisService.values());
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String municipality) {
    this.municipality = municipality;
  }

  public String getCrisisService() {
    return crisisService;
  }

  public void setCrisisService(String crisisService) {
    this.crisisService = crisisService;
  }

  public List<PartnerKind> getKinds() {
    return List.of(PartnerKind.values());
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

  public PartnerKind getKind() {
    return kind;
  }

  public void setKind(PartnerKind kind) {
    this.kind = kind;
  }

  public String getEmailDomain() {
    return emailDomain;
  }

  public void setEmailDomain(String emailDomain) {
    this.emailDomain = emailDomain;
  }

  public String getIdentityProvider() {
    return identityProvider;
  }

  public void setIdentityProvider(String identityProvider) {
    this.identityProvider = identityProvider;
  }
}
