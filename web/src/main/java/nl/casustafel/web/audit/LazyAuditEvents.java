package nl.casustafel.web.audit;

import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.Map;
import nl.casustafel.audit.AuditFilter;
import nl.casustafel.audit.AuditStore;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The log's events for one filter, a page at a time; every page loaded is a logged query. */
public class LazyAuditEvents extends LazyDataModel<AuditRow> {

  private static final long serialVersionUID = 1L;

  private final String tenant;
  private final AuditFilter filter;
  private transient AuditStore store;

  LazyAuditEvents(String tenant, AuditFilter filter) {
    this.tenant = tenant;
    this.filter = filter;
  }

  @Override
  public int count(Map<String, FilterMeta> filters) {
    CurrentUser auditor = CDI.current().select(CurrentUser.class).get();
    return (int) Math.min(Integer.MAX_VALUE, store().count(auditor, tenant, filter));
  }

  @Override
  public List<AuditRow> load(
      int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
    int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
    CurrentUser auditor = CDI.current().select(CurrentUser.class).get();
    return store().events(auditor, tenant, filter, first, size).items().stream()
        .map(AuditRow::new)
        .toList();
  }

  @Override
  public String getRowKey(AuditRow row) {
    return Long.toString(row.getSeq());
  }

  /** The EJB proxy is not serializable; after a session passivation we look it up again. */
  private AuditStore store() {
    if (store == null) {
      store = CDI.current().select(AuditStore.class).get();
    }
    return store;
  }
}
