package nl.casustafel.web.registry;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import nl.casustafel.casefile.CaseType;
import nl.casustafel.casefile.PersonDetails;
import nl.casustafel.registry.ReferralForm;
import nl.casustafel.web.casefile.Texts;

/**
 * What the referral form holds between requests; turned into a {@link ReferralForm} only when sent,
 * so a refused form keeps what was typed. Dates come from a native date field ({@code yyyy-mm-dd}),
 * which every browser offers keyboard-friendly.
 */
public class ReferralInput implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The fields whose rule an error message names first, in form order. */
  private static final List<String> FIELDS =
      List.of("name", "dateOfBirth", "bsn", "caseType", "reason", "goal", "partnersToInvite");

  private String name;
  private String dateOfBirth;
  private String bsn;
  private String address;
  private String phone;
  private boolean safeToContact;
  private CaseType caseType = CaseType.HUMAN_TRAFFICKING;
  private String reason;
  private String goal;
  private String partnersToInvite;

  ReferralForm form() {
    PersonDetails details =
        new PersonDetails(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            text(address),
            text(phone),
            Optional.empty(),
            Optional.of(safeToContact),
            Optional.empty());
    ReferralForm.Person person =
        new ReferralForm.Person(name, date(dateOfBirth), text(bsn), details);
    return new ReferralForm(Optional.of(person), caseType, reason, goal, partnersToInvite);
  }

  /** The Dutch message for a refused form: the field's rule, else a general one. */
  static String explain(IllegalArgumentException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    return FIELDS.stream()
        .filter(message::startsWith)
        .findFirst()
        .map(f -> Texts.get("referral.bad." + f))
        .orElseGet(() -> Texts.get("referral.bad"));
  }

  void clear() {
    name = dateOfBirth = bsn = address = phone = reason = goal = partnersToInvite = null;
    safeToContact = false;
    caseType = CaseType.HUMAN_TRAFFICKING;
  }

  private static Optional<String> text(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static Optional<LocalDate> date(String value) {
    try {
      return text(value).map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("dateOfBirth must be a date.", e);
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(String dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }

  public String getBsn() {
    return bsn;
  }

  public void setBsn(String bsn) {
    this.bsn = bsn;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public boolean isSafeToContact() {
    return safeToContact;
  }

  public void setSafeToContact(boolean safeToContact) {
    this.safeToContact = safeToContact;
  }

  public CaseType getCaseType() {
    return caseType;
  }

  public void setCaseType(CaseType caseType) {
    this.caseType = caseType;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getGoal() {
    return goal;
  }

  public void setGoal(String goal) {
    this.goal = goal;
  }

  public String getPartnersToInvite() {
    return partnersToInvite;
  }

  public void setPartnersToInvite(String partnersToInvite) {
    this.partnersToInvite = partnersToInvite;
  }
}
