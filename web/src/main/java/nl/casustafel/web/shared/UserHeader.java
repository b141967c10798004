package nl.casustafel.web.shared;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.partner.Partner;
import nl.casustafel.partner.PartnerDirectory;
import nl.casustafel.tenant.TenantDirectory;
import nl.casustafel.tenant.TenantId;

/** The header of every page: who is signed in, for which partner, in which tenant. */
@Named
@RequestScoped
public class UserHeader {

  @Inject private jakarta.inject.Provider<CurrentUser> currentUser;
  @Inject private ActiveTenant activeTenant;
  @EJB private TenantDirectory tenants;
  @EJB private PartnerDirectory partners;

  private String selectedTenant;

  public String getName() {
    return user().name();
  }

  public String getPartnerName() {
    return user().partner().flatMap(partners::find).map(Partner::getName).orElse("");
  }

  public String getTenantName() {
    return activeTenant.id().map(tenants::nameOf).orElse("");
  }

  /** The tenants the token grants, by name, for the switcher. */
  public List<SelectItem> getTenantChoices() {
    return user().tenants().keySet().stream()
        .map(id -> new SelectItem(id.value(), tenants.nameOf(id)))
        .sorted(Comparator.comparing(SelectItem::getLabel))
        .toList();
  }

  public boolean isSwitchable() {
    return user().tenants().size() > 1;
  }

  public String getSelectedTenant() {
    return selectedTenant != null
        ? selectedTenant
        : activeTenant.id().map(TenantId::value).orElse(null);
  }

  public void setSelectedTenant(String selectedTenant) {
    this.selectedTenant = selectedTenant;
  }

  /** The header's switcher (ajax); the page reloads itself in the new tenant afterwards. */
  public void switchTenant() {
    if (selectedTenant != null) {
      activeTenant.switchTo(new TenantId(selectedTenant));
    }
  }

  /** The tenant choice after sign-in: works in the chosen tenant from the start page on. */
  public String choose(String tenant) {
    activeTenant.switchTo(new TenantId(tenant));
    return "/partners?faces-redirect=true";
  }

  /**
   * Ends the Liberty sign-in and the Keycloak session, then returns to the start page. The browser
   * also drops this site's storage (Clear-Site-Data), where session-guard.js may have kept typing:
   * a second line behind the script, which deletes it already on the click.
   */
  public void logout() throws Exception {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    String logoutUrl = new KeycloakLogout().url(context);
    context.setResponseHeader("Clear-Site-Data", "\"storage\"");
    context.invalidateSession();
    ((HttpServletRequest) context.getRequest()).logout();
    context.redirect(logoutUrl);
  }

  /** The user of this request (not of the request that made the view): a role taken away counts. */
  private CurrentUser user() {
    return currentUser.get();
  }
}
