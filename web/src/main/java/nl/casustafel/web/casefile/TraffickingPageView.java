package nl.casustafel.web.casefile;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import nl.casustafel.casefile.CaseId;
import nl.casustafel.casefile.CaseUnknown;
import nl.casustafel.casefile.TraffickingDetails;
import nl.casustafel.casefile.TraffickingView;
import nl.casustafel.casefile.trafficking.JusticeFacts;
import nl.casustafel.casefile.trafficking.VictimFacts;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.policy.AccessRefused;

/**
 * Backs a case's trafficking details (trafficking.xhtml?id=…, issue #13 part 1): the VICTIM_STATUS
 * and the JUSTICE details as the covenant lets the reader see them, each hidden with the reason
 * otherwise, and a form that saves both halves (refused as a whole when the organisation may not
 * provide one of them).
 */
@Named
@ViewScoped
public class TraffickingPageView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient TraffickingDetails details;
  @Inject private transient jakarta.inject.Provider<CurrentUser> currentUser;
  @Inject private transient nl.casustafel.web.partner.PartnerNames names;

  private String id;
  private boolean known;
  private String reference;
  private String victimHidden;
  private String justiceHidden;
  private final TraffickingInput input = new TraffickingInput();

  /** Reads the details; an unknown or invisible case shows "no access". */
  public void load() {
    try {
      show(details.read(user(), caseId()));
      known = true;
    } catch (CaseUnknown e) {
      known = false;
    }
  }

  /** Saves both halves. */
  public void save() {
    try {
      VictimFacts victim = input.victim();
      JusticeFacts justice = input.justice();
      details.save(user(), caseId(), Optional.of(victim), Optional.of(justice));
      show(details.read(user(), caseId()));
      CaseFileView.message(FacesMessage.SEVERITY_INFO, Texts.get("trafficking.saved"));
    } catch (IllegalArgumentException e) {
      String field = e.getMessage() == null ? "" : e.getMessage().split("[: ]", 2)[0];
      CaseFileView.message(
          FacesMessage.SEVERITY_ERROR, Texts.get("trafficking.invalid." + known(field)));
    } catch (AccessRefused e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("trafficking.notYours"));
    } catch (CaseUnknown e) {
      known = false;
    }
  }

  private static String known(String field) {
    return List.of(
                "sector",
                "otherForm",
                "municipality",
                "status",
                "statusBy",
                "statusOn",
                "comenshaOn")
            .contains(field)
        ? field
        : "other";
  }

  private void show(TraffickingView view) {
    reference = view.reference();
    String partner = user().partner().map(PartnerId::value).orElse("");
    victimHidden =
        view.victim().disclosed().isEmpty() ? Texts.hidden(view.victim(), partner) : null;
    justiceHidden =
        view.justice().disclosed().isEmpty() ? Texts.hidden(view.justice(), partner) : null;
    view.victim().disclosed().ifPresent(d -> input.fill(d.value()));
    view.justice().disclosed().ifPresent(d -> input.fill(d.value()));
  }

  private CaseId caseId() {
    return CaseId.parse(id).orElseThrow(CaseUnknown::new);
  }

  private CurrentUser user() {
    return currentUser.get();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public boolean isKnown() {
    return known;
  }

  public String getReference() {
    return reference;
  }

  public String getVictimHidden() {
    return victimHidden;
  }

  public String getJusticeHidden() {
    return justiceHidden;
  }

  public TraffickingInput getInput() {
    return input;
  }

  public List<String> getMunicipalities() {
    return details.municipalities();
  }

  /** The region's organisations as select items: id → name. */
  public List<jakarta.faces.model.SelectItem> getOrganisations() {
    return details.organisations().stream()
        .map(p -> new jakarta.faces.model.SelectItem(p.value(), names.of(p)))
        .toList();
  }
}
