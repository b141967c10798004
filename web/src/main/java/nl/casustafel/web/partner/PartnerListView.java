package nl.casustafel.web.partner;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.casustafel.partner.PartnerDirectory;
import nl.casustafel.tenant.TenantDirectory;
import nl.casustafel.tenant.TenantId;
import nl.casustafel.web.shared.ActiveTenant;

/** Backs the partner page: the partners of the active tenant in a lazy table. */
@Named
@ViewScoped
public class PartnerListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient PartnerDirectory partners;
  @EJB private transient TenantDirectory tenants;
  @Inject private ActiveTenant activeTenant;

  private TenantId tenant;
  private String tenantName;
  private LazyPartners model;

  @PostConstruct
  void init() {
    tenant = activeTenant.id();
    tenantName = tenants.find(tenant).map(t -> t.getName()).orElse(tenant.value());
    model = new LazyPartners(tenant, partners);
  }

  public String getTenantName() {
    return tenantName;
  }

  public LazyPartners getModel() {
    return model;
  }
}
