package nl.casustafel.web.casefile;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.casustafel.casefile.CaseFiles;
import nl.casustafel.casefile.CaseSummary;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.shared.Page;
import nl.casustafel.shared.PageRequest;
import nl.casustafel.web.partner.PartnerNames;
import nl.casustafel.web.shared.ActiveTenant;

/**
 * Backs "Mijn casussen": exactly the cases the user may know, searchable by reference and by what
 * the user may see of the client.
 */
@Named
@ViewScoped
public class CaseListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient CaseFiles cases;
  @Inject private transient jakarta.inject.Provider<CurrentUser> currentUser;
  @Inject private transient PartnerNames partners;
  @Inject private ActiveTenant activeTenant;

  private String search = "";
  private List<CaseRow> rows = List.of();
  private long total;

  @PostConstruct
  void init() {
    load();
  }

  public void load() {
    if (activeTenant.id().isEmpty()) {
      return;
    }
    String reader = user().partner().map(partners::of).orElse("");
    Page<CaseSummary> page = cases.list(user(), new PageRequest(0, PageRequest.MAX_SIZE, search));
    rows = page.items().stream().map(c -> CaseRow.of(c, partners.of(c.lead()), reader)).toList();
    total = page.total();
  }

  public boolean isTenantActive() {
    return activeTenant.id().isPresent();
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search == null ? "" : search;
  }

  public List<CaseRow> getRows() {
    return rows;
  }

  /** More cases match than the list shows: the user should search more precisely. */
  public boolean isTruncated() {
    return total > rows.size();
  }

  public long getTotal() {
    return total;
  }

  /** The user of this request (not of the request that made the view): a role taken away counts. */
  private CurrentUser user() {
    return currentUser.get();
  }
}
