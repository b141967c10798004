package nl.casustafel.web.registry;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.casustafel.casefile.CaseType;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.registry.Referral;
import nl.casustafel.registry.ReferralReceipt;
import nl.casustafel.registry.Referrals;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.web.casefile.CaseFileView;
import nl.casustafel.web.casefile.Texts;
import nl.casustafel.web.shared.ActiveTenant;

/**
 * Backs "Aanmelden": the referral form (person, reason, goal, partners to invite) and the list of
 * the user's organisation's referrals with their triage outcome — never the person again.
 */
@Named
@ViewScoped
public class ReferralView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient Referrals referrals;
  @Inject private transient jakarta.inject.Provider<CurrentUser> currentUser;
  @Inject private ActiveTenant activeTenant;

  private final ReferralInput input = new ReferralInput();
  private List<ReceiptRow> receipts = List.of();
  private boolean mayRefer;

  @PostConstruct
  void init() {
    if (activeTenant.id().isEmpty()) {
      return;
    }
    mayRefer = referrals.mayRefer(user());
    if (mayRefer) {
      receipts = referrals.mine(user()).stream().map(ReceiptRow::of).toList();
    }
  }

  /** Sends the referral; on any refusal nothing is stored and the form keeps what was typed. */
  public void refer() {
    try {
      Referral referral = referrals.refer(user(), input.form());
      CaseFileView.message(
          FacesMessage.SEVERITY_INFO,
          Texts.get(
              "referral.sent",
              referral.reference(),
              AmsterdamTime.DATE.format(referral.triageDate())));
      input.clear();
      receipts = referrals.mine(user()).stream().map(ReceiptRow::of).toList();
    } catch (IllegalArgumentException e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, ReferralInput.explain(e));
    } catch (AccessRefused e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("case.notDone"));
    }
  }

  public boolean isTenantActive() {
    return activeTenant.id().isPresent();
  }

  public boolean isMayRefer() {
    return mayRefer;
  }

  public ReferralInput getInput() {
    return input;
  }

  public List<CaseType> getCaseTypes() {
    return referrals.caseTypes();
  }

  public List<ReceiptRow> getReceipts() {
    return receipts;
  }

  /** One referral in the referrer's list, with texts in the user's language. */
  public record ReceiptRow(String reference, String received, String triageDate, String outcome)
      implements Serializable {

    // Jakarta EL 5 reads properties by getters only, not by record accessors.
    public String getReference() {
      return reference;
    }

    public String getReceived() {
      return received;
    }

    public String getTriageDate() {
      return triageDate;
    }

    public String getOutcome() {
      return outcome;
    }

    public static ReceiptRow of(ReferralReceipt r) {
      return new ReceiptRow(
          r.reference(),
          AmsterdamTime.DATE_TIME.format(r.receivedAt()),
          AmsterdamTime.DATE.format(r.triageDate()),
          r.outcome()
              .map(o -> Texts.get("triage.outcome." + o))
              .orElseGet(() -> Texts.get("referral.waiting")));
    }
  }

  /** The user of this request (not of the request that made the view): a role taken away counts. */
  private CurrentUser user() {
    return currentUser.get();
  }
}
