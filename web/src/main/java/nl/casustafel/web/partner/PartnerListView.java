package nl.casustafel.web.partner;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.casustafel.partner.PartnerDirectory;
import nl.casustafel.tenant.TenantDirectory;
import nl.casustafel.web.shared.ActiveTenant;

/** Backs the partner page: the partners of the active tenant in a lazy table. */
@Named
@ViewScoped
public class PartnerListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient PartnerDirectory partners;
  @EJB private transient TenantDirectory tenants;
  @Inject private ActiveTenant activeTenant;

  private String tenantName;
  private LazyPartners model;

  /** Without an active tenant (the platform administrator has none) the page shows no table. */
  @PostConstruct
  void init() {
    activeTenant
        .id()
        .ifPresent(
            tenant -> {
              tenantName = tenants.nameOf(tenant);
              model = new LazyPartners(tenant, partners);
            });
  }

  public boolean isTenantActive() {
    return model != null;
  }

  public String getTenantName() {
    return tenantName;
  }

  public LazyPartners getModel() {
    return model;
  }
}
