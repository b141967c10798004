package nl.casustafel.web.registry;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.casustafel.casefile.CaseType;
import nl.casustafel.casefile.PersonDetails;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.registry.Referral;
import nl.casustafel.registry.ReferralForm;
import nl.casustafel.registry.Referrals;
import nl.casustafel.registry.SignalSource;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.web.casefile.CaseFileView;
import nl.casustafel.web.casefile.Texts;

/**
 * The ZVH staff's form for a signal from another source (mailbox, Meld Misdaad Anoniem, Watch
 * Nederland, an advertisement review, an enforcement action, …); the person may be left out for an
 * anonymous signal. It goes into the triage queue like a referral.
 */
@Named
@ViewScoped
public class SignalForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient Referrals referrals;
  @Inject private transient jakarta.inject.Provider<CurrentUser> currentUser;

  private SignalSource source;
  private String name;
  private String reason;

  /** Registers the signal; the page reloads so that the queue shows it. */
  public String register() {
    try {
      Optional<ReferralForm.Person> person =
          Optional.ofNullable(name)
              .filter(n -> !n.isBlank())
              .map(
                  n ->
                      new ReferralForm.Person(
                          n, Optional.empty(), Optional.empty(), PersonDetails.none()));
      Referral signal =
          referrals.registerSignal(
              user(),
              source,
              new ReferralForm(person, CaseType.HUMAN_TRAFFICKING, reason, null, null));
      CaseFileView.message(
          FacesMessage.SEVERITY_INFO,
          Texts.get(
              "signal.registered",
              signal.reference(),
              AmsterdamTime.DATE.format(signal.triageDate())));
      // The queue shows it after a fresh load; the message survives the redirect.
      jakarta.faces.context.FacesContext.getCurrentInstance()
          .getExternalContext()
          .getFlash()
          .setKeepMessages(true);
      return "/triage?faces-redirect=true";
    } catch (IllegalArgumentException | NullPointerException e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("signal.bad"));
    } catch (AccessRefused e) {
      CaseFileView.message(FacesMessage.SEVERITY_ERROR, Texts.get("case.notDone"));
    }
    return null;
  }

  /** Every source but a partner's referral (which comes through the referral form). */
  public List<SignalSource> getSources() {
    return Arrays.stream(SignalSource.values()).filter(SignalSource::signal).toList();
  }

  public SignalSource getSource() {
    return source;
  }

  public void setSource(SignalSource source) {
    this.source = source;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  /** The user of this request (not of the request that made the view): a role taken away counts. */
  private CurrentUser user() {
    return currentUser.get();
  }
}
