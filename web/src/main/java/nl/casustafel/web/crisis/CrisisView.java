package nl.casustafel.web.crisis;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.casustafel.casefile.CaseId;
import nl.casustafel.casefile.CaseUnknown;
import nl.casustafel.casefile.CrisisCardForm;
import nl.casustafel.casefile.CrisisCardView;
import nl.casustafel.casefile.CrisisCards;
import nl.casustafel.crisis.Duty;
import nl.casustafel.crisis.OfficeHours;
import nl.casustafel.crisis.OnCallRota;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.web.casefile.CaseFileView;
import nl.casustafel.web.casefile.Texts;
import nl.casustafel.web.shared.ActiveTenant;

/**
 * Backs "Crisis en bereikbaarheid" (issue #13, part 3): who of the ZVH is reachable 24/7 now and
 * next (every member), adding a shift and keeping a case's crisis card (the ZVH's staff), and — for
 * a crisis service outside office hours — opening a case's crisis card by its reference with a
 * reason, logged like break-the-glass.
 */
@Named
@ViewScoped
public class CrisisView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient OnCallRota rota;
  @EJB private transient CrisisCards cards;
  @Inject private transient jakarta.inject.Provider<CurrentUser> currentUser;
  @Inject private ActiveTenant activeTenant;

  private List<ShiftRow> shifts = List.of();
  private String officeHours;
  private boolean mayKeep;
  private boolean maySetHours;
  private boolean crisisService;
  private final ShiftInput shift = new ShiftInput();
  private String opens;
  private String closes;
  private String reference;
  private String reason;
  private CrisisCardForm draft = new CrisisCardForm(null, null, null, null);
  private List<CardField> card = new ArrayList<>();
  private String cardName;

  /**
   * The case whose card is shown: saving writes this one, whatever the reference field says now.
   */
  private Long opened;

  @PostConstruct
  void init() {
    if (activeTenant.id().isEmpty()) {
      return;
    }
    try {
      load();
    } catch (AccessRefused e) {
      shifts = List.of(); // not a member: the page says nothing more
    }
    mayKeep = rota.mayKeep(user()) && cards.mayKeep(user());
    maySetHours = rota.maySetOfficeHours(user());
    crisisService = cards.crisisService(user());
  }

  private void load() {
    Instant now = Instant.now();
    shifts = rota.current(user()).stream().map(s -> ShiftRow.of(s, now)).toList();
    OfficeHours hours = rota.officeHours();
    opens = hours.opens().toString();
    closes = hours.closes().toString();
    officeHours = Texts.get("crisis.officeHours", opens, closes);
  }

  /** Adds the shift typed in the form. */
  public void addShift() {
    try {
      rota.add(
          user(),
          shift.getDuty(),
          shift.getPerson(),
          shift.getPhone(),
          utc(shift.getStarts()),
          utc(shift.getEnds()));
      CaseFileView.message(FacesMessage.SEVERITY_INFO, Texts.get("crisis.shiftAdded"));
      shift.clear();
      load();
    } catch (IllegalArgumentException e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("crisis.shiftInvalid"));
    } catch (AccessRefused e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("case.notDone"));
    }
  }

  /** Sets the office hours typed as hh:mm. */
  public void saveOfficeHours() {
    try {
      rota.setOfficeHours(
          user(), java.time.LocalTime.parse(opens), java.time.LocalTime.parse(closes));
      load();
      CaseFileView.message(FacesMessage.SEVERITY_INFO, Texts.get("crisis.hoursSaved"));
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("crisis.hoursInvalid"));
    } catch (AccessRefused e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("case.notDone"));
    }
  }

  public String getOpens() {
    return opens;
  }

  public void setOpens(String opens) {
    this.opens = opens;
  }

  public String getCloses() {
    return closes;
  }

  public void setCloses(String closes) {
    this.closes = closes;
  }

  /** Shows the card of the typed reference (staff: read; crisis service: open in crisis). */
  public void openCard() {
    try {
      if (crisisService && !mayKeep) {
        show(cards.openInCrisis(user(), reference, reason));
        opened = null; // a crisis service reads the card; it does not keep it
      } else {
        CaseId id = caseId();
        show(cards.read(user(), id));
        opened = id.value();
      }
    } catch (IllegalArgumentException e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("crisis.reasonRequired"));
    } catch (CaseUnknown e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("crisis.noCase"));
    } catch (AccessRefused e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("crisis.notNow"));
    }
  }

  /** Saves the card of the typed reference (the ZVH's staff). */
  public void saveCard() {
    try {
      if (opened == null) {
        throw new CaseUnknown();
      }
      cards.save(user(), new CaseId(opened), draft);
      show(cards.read(user(), new CaseId(opened)));
      CaseFileView.message(FacesMessage.SEVERITY_INFO, Texts.get("crisis.cardSaved"));
    } catch (IllegalArgumentException e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("crisis.cardInvalid"));
    } catch (CaseUnknown e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("crisis.noCase"));
    } catch (AccessRefused e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("case.notDone"));
    }
  }

  private void show(CrisisCardView view) {
    String partner = user().partner().map(p -> p.value()).orElse("");
    cardName = view.name().orElse(Texts.hidden(view.name(), partner));
    card =
        new ArrayList<>(
            List.of(
                CardField.of("safeContact", view.safeContact(), partner),
                CardField.of("risks", view.risks(), partner),
                CardField.of("language", view.language(), partner),
                CardField.of("shelterArrangement", view.shelterArrangement(), partner)));
    draft =
        new CrisisCardForm(
            view.safeContact().orElse(Optional.empty()).orElse(null),
            view.risks().orElse(Optional.empty()).orElse(null),
            view.language().orElse(Optional.empty()).orElse(null),
            view.shelterArrangement().orElse(Optional.empty()).orElse(null));
  }

  private CaseId caseId() {
    return cards.caseWithReference(reference).orElseThrow(CaseUnknown::new);
  }

  private static Instant utc(LocalDateTime amsterdam) {
    if (amsterdam == null) {
      throw new IllegalArgumentException("time is required.");
    }
    return amsterdam.atZone(AmsterdamTime.ZONE).toInstant();
  }

  private CurrentUser user() {
    return currentUser.get();
  }

  public boolean isTenantActive() {
    return activeTenant.id().isPresent();
  }

  public List<ShiftRow> getShifts() {
    return shifts;
  }

  public String getOfficeHours() {
    return officeHours;
  }

  public boolean isMaySetHours() {
    return maySetHours;
  }

  public boolean isMayKeep() {
    return mayKeep;
  }

  public boolean isCrisisService() {
    return crisisService;
  }

  public ShiftInput getShift() {
    return shift;
  }

  public Duty[] getDuties() {
    return Duty.values();
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public List<CardField> getCard() {
    return card;
  }

  public String getCardName() {
    return cardName;
  }

  public String getSafeContact() {
    return draft.safeContact();
  }

  public void setSafeContact(String v) {
    draft = new CrisisCardForm(v, draft.risks(), draft.language(), draft.shelterArrangement());
  }

  public String getRisks() {
    return draft.risks();
  }

  public void setRisks(String v) {
    draft =
        new CrisisCardForm(draft.safeContact(), v, draft.language(), draft.shelterArrangement());
  }

  public String getLanguage() {
    return draft.language();
  }

  public void setLanguage(String v) {
    draft = new CrisisCardForm(draft.safeContact(), draft.risks(), v, draft.shelterArrangement());
  }

  public String getShelterArrangement() {
    return draft.shelterArrangement();
  }

  public void setShelterArrangement(String v) {
    draft = new CrisisCardForm(draft.safeContact(), draft.risks(), draft.language(), v);
  }
}
