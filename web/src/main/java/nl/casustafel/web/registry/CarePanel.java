package nl.casustafel.web.registry;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.casustafel.casefile.CareEpisodes;
import nl.casustafel.casefile.CareKind;
import nl.casustafel.casefile.CaseId;
import nl.casustafel.casefile.CaseUnknown;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.web.casefile.CaseFileView;
import nl.casustafel.web.casefile.Texts;

/**
 * The form on the case page with which a partner records a care episode it provides (kind, start,
 * end, outcome); the decision point refuses a kind whose category the partner may not provide.
 */
@Named
@ViewScoped
public class CarePanel implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient CareEpisodes care;
  @Inject private transient jakarta.inject.Provider<CurrentUser> currentUser;

  private CareKind kind;
  private String start;
  private String end;
  private String outcome;

  /** Records the episode on case {@code caseId}; nothing is stored on any refusal. */
  public void add(String caseId) {
    try {
      care.add(
          user(),
          CaseId.parse(caseId).orElseThrow(CaseUnknown::new),
          kind,
          day(start).orElseThrow(() -> new IllegalArgumentException("start")),
          day(end).orElse(null),
          outcome);
      CaseFileView.message(FacesMessage.SEVERITY_INFO, Texts.get("care.added"));
      kind = null;
      start = end = outcome = null;
    } catch (IllegalArgumentException e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("care.bad"));
    } catch (AccessRefused e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("care.refused"));
    } catch (CaseUnknown e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("case.notDone"));
    }
  }

  private static java.util.Optional<LocalDate> day(String value) {
    if (value == null || value.isBlank()) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(LocalDate.parse(value.strip()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("date", e);
    }
  }

  public CareKind[] getKinds() {
    return CareKind.values();
  }

  public CareKind getKind() {
    return kind;
  }

  public void setKind(CareKind kind) {
    this.kind = kind;
  }

  public String getStart() {
    return start;
  }

  public void setStart(String start) {
    this.start = start;
  }

  public String getEnd() {
    return end;
  }

  public void setEnd(String end) {
    this.end = end;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  /** The user of this request (not of the request that made the view): a role taken away counts. */
  private CurrentUser user() {
    return currentUser.get();
  }
}
