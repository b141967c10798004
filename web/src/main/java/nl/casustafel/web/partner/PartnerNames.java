package nl.casustafel.web.partner;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import nl.casustafel.partner.Partner;
import nl.casustafel.partner.PartnerDirectory;
import nl.casustafel.partner.PartnerId;

/** Partner names for the screens, falling back to the id. */
@RequestScoped
public class PartnerNames {

  @EJB private PartnerDirectory partners;

  public String of(PartnerId id) {
    return partners.find(id).map(Partner::getName).orElse(id.value());
  }
}
