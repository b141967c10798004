package nl.casustafel.web.partner;

import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.Map;
import nl.casustafel.partner.Partner;
import nl.casustafel.partner.PartnerDirectory;
import nl.casustafel.shared.PageRequest;
import nl.casustafel.tenant.TenantId;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Loads the partners of one tenant a page at a time, filtered on name, ordered by name. */
public class LazyPartners extends LazyDataModel<Partner> {

  private static final long serialVersionUID = 1L;

  private final TenantId tenant;
  private transient PartnerDirectory directory;

  LazyPartners(TenantId tenant, PartnerDirectory directory) {
    this.tenant = tenant;
    this.directory = directory;
  }

  @Override
  public int count(Map<String, FilterMeta> filters) {
    return (int) directory().count(tenant, nameFilter(filters));
  }

  @Override
  public List<Partner> load(
      int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
    int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
    // PrimeFaces has asked count() for this request already: one query for the rows only.
    return directory().list(tenant, new PageRequest(first, size, nameFilter(filters)));
  }

  @Override
  public String getRowKey(Partner partner) {
    return partner.getId().value();
  }

  private static String nameFilter(Map<String, FilterMeta> filters) {
    FilterMeta name = filters == null ? null : filters.get("name");
    return name == null || name.getFilterValue() == null ? "" : name.getFilterValue().toString();
  }

  /** The EJB proxy is not serializable; after a session passivation we look it up again. */
  private PartnerDirectory directory() {
    if (directory == null) {
      directory = CDI.current().select(PartnerDirectory.class).get();
    }
    return directory;
  }
}
