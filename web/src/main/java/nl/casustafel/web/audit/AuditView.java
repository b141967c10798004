package nl.casustafel.web.audit;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.casustafel.audit.AuditCsv;
import nl.casustafel.audit.AuditFilter;
import nl.casustafel.audit.AuditStore;
import nl.casustafel.audit.ChainedEvent;
import nl.casustafel.audit.Verification;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.shared.Page;
import nl.casustafel.tenant.TenantId;
import nl.casustafel.web.shared.ActiveTenant;

/**
 * Backs the auditor's screen: the data-sharing log of the active tenant per data subject, user,
 * partner, day or exception, and the chain's verification. Only for the tenant's AUDITOR; every
 * query is itself logged. It shows the log, never case content.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient AuditStore store;
  @Inject private transient jakarta.inject.Provider<CurrentUser> currentUser;
  @Inject private ActiveTenant activeTenant;

  private String subject;
  private String actor;
  private String partner;
  private LocalDate day;
  private AuditFilter.Exception exception;
  private LazyAuditEvents model;
  private long total;
  private Verification verification;

  @PostConstruct
  void init() {
    if (isAuditor()) {
      search();
    }
  }

  public void search() {
    String in = tenant().orElseThrow().value();
    model = new LazyAuditEvents(in, filter());
    total = store.count(user(), in, filter());
  }

  /** The events of the current filter as CSV (formula-injection safe), a download. */
  public void exportCsv() throws IOException {
    String csv = AuditCsv.write(query(AuditCsv.MAX_ROWS).items());
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext response = faces.getExternalContext();
    response.responseReset();
    response.setResponseContentType("text/csv; charset=UTF-8");
    response.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"verstrekkingslog.csv\"");
    response.getResponseOutputStream().write(csv.getBytes(StandardCharsets.UTF_8));
    faces.responseComplete();
  }

  private Page<ChainedEvent> query(int rows) {
    return store.events(user(), tenant().orElseThrow().value(), filter(), 0, rows);
  }

  private AuditFilter filter() {
    return new AuditFilter(blank(subject), blank(actor), blank(partner), day, exception);
  }

  /** The per-subject view: every event about one person, in order. */
  public void showSubject(String pseudonym) {
    subject = pseudonym;
    actor = null;
    partner = null;
    day = null;
    exception = null;
    search();
  }

  public void verify() {
    verification = store.verify(user(), tenant().orElseThrow().value());
  }

  public boolean isAuditor() {
    return tenant().map(t -> store.mayRead(user(), t.value())).orElse(false);
  }

  private Optional<TenantId> tenant() {
    return activeTenant.id();
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public List<AuditFilter.Exception> getExceptions() {
    return List.of(AuditFilter.Exception.values());
  }

  public LazyAuditEvents getModel() {
    return model;
  }

  public long getTotal() {
    return total;
  }

  public Verification getVerification() {
    return verification;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getPartner() {
    return partner;
  }

  public void setPartner(String partner) {
    this.partner = partner;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public AuditFilter.Exception getException() {
    return exception;
  }

  public void setException(AuditFilter.Exception exception) {
    this.exception = exception;
  }

  /** The user of this request (not of the request that made the view): a role taken away counts. */
  private CurrentUser user() {
    return currentUser.get();
  }
}
