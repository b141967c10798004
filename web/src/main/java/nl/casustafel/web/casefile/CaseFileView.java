package nl.casustafel.web.casefile;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.casustafel.casefile.CaseFile;
import nl.casustafel.casefile.CaseFiles;
import nl.casustafel.casefile.CaseId;
import nl.casustafel.casefile.CaseUnknown;
import nl.casustafel.casefile.InformationItem;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.policy.PolicyDecisionPoint.Outcome;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.web.partner.PartnerNames;

/**
 * Backs the case file (case.xhtml?id=...): every category of information shown or hidden with the
 * reason, the ad-hoc partner's confidentiality statement, and adding information. Every action
 * reads the case again, so a revoked participation shows "no access" on the very next request.
 */
@Named
@ViewScoped
public class CaseFileView implements Serializable {

  private static final long serialVersionUID = 1L;
  static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(AmsterdamTime.ZONE);

  @EJB private transient CaseFiles cases;
  @Inject private transient jakarta.inject.Provider<CurrentUser> currentUser;
  @Inject private transient PartnerNames partners;
  @Inject private ParticipationPanel participations;

  private String id;
  private CaseRow header;
  private Long clientId;
  private List<nl.casustafel.casefile.CaseStatus> nextStatuses = List.of();
  private List<CaseSection> sections = List.of();
  private DataCategory newCategory;
  private String newText;
  private String breakGlassReason;
  private String emergency;
  private String emergencyReason;
  private boolean mayBreakGlass;

  /** Reads the case as the user may see it now; nothing when unknown or no longer allowed. */
  public void load() {
    Optional<CaseFile> file =
        CaseId.parse(id).flatMap(c -> cases.open(user(), c, Purpose.CASE_CONFERENCE));
    String reader = user().partner().map(partners::of).orElse("");
    header =
        file.map(f -> CaseRow.of(f.summary(), partners.of(f.summary().lead()), reader))
            .orElse(null);
    sections = file.map(f -> sections(f, reader)).orElse(List.of());
    emergency =
        file.flatMap(CaseFile::breakGlass)
            .map(e -> Texts.get("breakGlass.banner", MOMENT.format(e.until())))
            .orElse(null);
    // Apart from the banner's words: the page isolates what a user typed (bidi).
    emergencyReason =
        file.flatMap(CaseFile::breakGlass).map(CaseFile.Emergency::reason).orElse(null);
    participations.show(file.map(f -> f.summary().id()));
    // The link to the person only where the reader may see who the client is.
    // What may follow the status shown (the service decides again when one is chosen).
    nextStatuses = file.map(f -> List.copyOf(f.summary().status().next())).orElse(List.of());
    clientId =
        file.filter(f -> f.summary().client().disclosed().isPresent())
            .map(f -> f.summary().clientId())
            .orElse(null);
    mayBreakGlass =
        file.isEmpty() && CaseId.parse(id).isPresent() && participations.mayBreakGlass();
  }

  public void add() {
    try {
      cases.add(user(), caseId(), newCategory, newText, Purpose.CASE_CONFERENCE);
      newText = null;
      message(FacesMessage.SEVERITY_INFO, Texts.get("case.added"));
    } catch (AccessRefused e) {
      message(
          FacesMessage.SEVERITY_ERROR,
          Texts.get(
              "case.refused",
              Texts.get("category." + newCategory),
              e.deny().limitingArticle().map(Object::toString).orElse("-")));
    } catch (IllegalArgumentException e) {
      message(FacesMessage.SEVERITY_ERROR, TextField.CASE_INFORMATION.message());
    } catch (CaseUnknown e) {
      // Access ended meanwhile: the reload below shows it.
    }
    load();
  }

  /** Breaks the glass with the reason given; the page then reloads with the case open. */
  public String breakGlass() {
    try {
      participations.breakGlass(caseId(), breakGlassReason);
      return "/case?faces-redirect=true&id=" + caseId();
    } catch (IllegalArgumentException e) {
      message(FacesMessage.SEVERITY_ERROR, TextField.BREAK_GLASS_REASON.message());
    } catch (AccessRefused | CaseUnknown e) {
      message(FacesMessage.SEVERITY_ERROR, Texts.get("case.notDone"));
    }
    return null;
  }

  /** A case director or care coordinator may break the glass on a case they cannot open. */
  public boolean isMayBreakGlass() {
    return mayBreakGlass;
  }

  public String getEmergency() {
    return emergency;
  }

  /** The reason given for breaking the glass, as typed. */
  public String getEmergencyReason() {
    return emergencyReason;
  }

  public String getBreakGlassReason() {
    return breakGlassReason;
  }

  public void setBreakGlassReason(String breakGlassReason) {
    this.breakGlassReason = breakGlassReason;
  }

  private List<CaseSection> sections(CaseFile file, String reader) {
    List<CaseSection> result = new ArrayList<>();
    for (DataCategory category : DataCategory.values()) {
      List<CaseSection.Item> items =
          file.items().stream()
              .filter(o -> o.category() == category)
              .map(o -> item(o, reader))
              .toList();
      if (!items.isEmpty()) {
        result.add(new CaseSection(category.name(), Texts.get("category." + category), items));
      }
    }
    return result;
  }

  private CaseSection.Item item(Outcome<InformationItem> outcome, String reader) {
    return outcome
        .disclosed()
        .map(
            d ->
                new CaseSection.Item(
                    d.value().text(),
                    false,
                    partners.of(d.value().provider()),
                    MOMENT.format(d.value().createdAt())))
        .orElseGet(() -> new CaseSection.Item(Texts.hidden(outcome, reader), true, "", ""));
  }

  CaseId caseId() {
    return CaseId.parse(id).orElseThrow(CaseUnknown::new);
  }

  public static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  /** The statuses the case may go to from the one shown. */
  public List<nl.casustafel.casefile.CaseStatus> getNextStatuses() {
    return nextStatuses;
  }

  /** The person of the case, for the link to their timeline. */
  public Long getClientId() {
    return clientId;
  }

  public boolean isKnown() {
    return header != null;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public CaseRow getHeader() {
    return header;
  }

  public List<CaseSection> getSections() {
    return sections;
  }

  public List<DataCategory> getCategories() {
    return List.of(DataCategory.values());
  }

  public DataCategory getNewCategory() {
    return newCategory;
  }

  public void setNewCategory(DataCategory newCategory) {
    this.newCategory = newCategory;
  }

  public String getNewText() {
    return newText;
  }

  public void setNewText(String newText) {
    this.newText = newText;
  }

  /** The user of this request (not of the request that made the view): a role taken away counts. */
  private CurrentUser user() {
    return currentUser.get();
  }
}
