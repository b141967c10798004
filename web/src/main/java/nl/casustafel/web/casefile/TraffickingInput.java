package nl.casustafel.web.casefile;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.casefile.ExploitationForm;
import nl.casustafel.casefile.trafficking.ControlMeans;
import nl.casustafel.casefile.trafficking.JusticeFacts;
import nl.casustafel.casefile.trafficking.LabourSector;
import nl.casustafel.casefile.trafficking.PoliceReport;
import nl.casustafel.casefile.trafficking.RecruitmentMeans;
import nl.casustafel.casefile.trafficking.ResidenceProcedure;
import nl.casustafel.casefile.trafficking.VictimFacts;
import nl.casustafel.casefile.trafficking.VictimStatus;
import nl.casustafel.partner.PartnerId;

/**
 * The trafficking form's fields (JSF binds them by getters and setters); pick lists are kept as
 * code names, so an unknown code is refused as bad input, not as a conversion error.
 */
public class TraffickingInput implements Serializable {

  private static final long serialVersionUID = 1L;

  private ExploitationForm form;
  private LabourSector sector;
  private String otherForm;
  private String municipality;
  private VictimStatus status;
  private String statusBy;
  private LocalDate statusOn;
  private List<String> recruitment = new ArrayList<>();
  private List<String> control = new ArrayList<>();
  private Boolean comenshaRegistered;
  private LocalDate comenshaOn;
  private ResidenceProcedure residence;
  private PoliceReport policeReport;

  void fill(VictimFacts v) {
    form = v.form().orElse(null);
    sector = v.sector().orElse(null);
    otherForm = v.otherForm().orElse(null);
    municipality = v.municipality().orElse(null);
    status = v.status().orElse(null);
    statusBy = v.statusBy().map(PartnerId::value).orElse(null);
    statusOn = v.statusOn().orElse(null);
    recruitment = new ArrayList<>(v.recruitment().stream().map(Enum::name).sorted().toList());
    control = new ArrayList<>(v.control().stream().map(Enum::name).sorted().toList());
    comenshaRegistered = v.comenshaRegistered().orElse(null);
    comenshaOn = v.comenshaOn().orElse(null);
  }

  void fill(JusticeFacts j) {
    residence = j.residence().orElse(null);
    policeReport = j.policeReport().orElse(null);
  }

  /** The VICTIM_STATUS half as typed (checked by the service). */
  VictimFacts victim() {
    return new VictimFacts(
        Optional.ofNullable(form),
        Optional.ofNullable(sector),
        Optional.ofNullable(otherForm),
        Optional.ofNullable(municipality).filter(m -> !m.isBlank()),
        Optional.ofNullable(status),
        Optional.ofNullable(statusBy).filter(p -> !p.isBlank()).map(PartnerId::new),
        Optional.ofNullable(statusOn),
        codes(RecruitmentMeans.class, recruitment),
        codes(ControlMeans.class, control),
        Optional.ofNullable(comenshaRegistered),
        Optional.ofNullable(comenshaOn));
  }

  JusticeFacts justice() {
    return new JusticeFacts(Optional.ofNullable(residence), Optional.ofNullable(policeReport));
  }

  private static <E extends Enum<E>> Set<E> codes(Class<E> type, List<String> names) {
    EnumSet<E> set = EnumSet.noneOf(type);
    names.forEach(n -> set.add(Enum.valueOf(type, n))); // unknown: IllegalArgumentException
    return set;
  }

  public ExploitationForm[] getForms() {
    return ExploitationForm.values();
  }

  public LabourSector[] getSectors() {
    return LabourSector.values();
  }

  public VictimStatus[] getStatuses() {
    return VictimStatus.values();
  }

  public RecruitmentMeans[] getAllRecruitment() {
    return RecruitmentMeans.values();
  }

  public ControlMeans[] getAllControl() {
    return ControlMeans.values();
  }

  public ResidenceProcedure[] getResidences() {
    return ResidenceProcedure.values();
  }

  public PoliceReport[] getPoliceReports() {
    return PoliceReport.values();
  }

  public ExploitationForm getForm() {
    return form;
  }

  public void setForm(ExploitationForm form) {
    this.form = form;
  }

  public LabourSector getSector() {
    return sector;
  }

  public void setSector(LabourSector sector) {
    this.sector = sector;
  }

  public String getOtherForm() {
    return otherForm;
  }

  public void setOtherForm(String otherForm) {
    this.otherForm = otherForm;
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String municipality) {
    this.municipality = municipality;
  }

  public VictimStatus getStatus() {
    return status;
  }

  public void setStatus(VictimStatus status) {
    this.status = status;
  }

  public String getStatusBy() {
    return statusBy;
  }

  public void setStatusBy(String statusBy) {
    this.statusBy = statusBy;
  }

  public LocalDate getStatusOn() {
    return statusOn;
  }

  public void setStatusOn(LocalDate statusOn) {
    this.statusOn = statusOn;
  }

  public List<String> getRecruitment() {
    return recruitment;
  }

  public void setRecruitment(List<String> recruitment) {
    this.recruitment = recruitment == null ? new ArrayList<>() : new ArrayList<>(recruitment);
  }

  public List<String> getControl() {
    return control;
  }

  public void setControl(List<String> control) {
    this.control = control == null ? new ArrayList<>() : new ArrayList<>(control);
  }

  /**
   * The registration as the form's select holds it: YES, NO or empty (a text, not a Boolean, so an
   * unknown option is refused as not in the list instead of read as "no").
   */
  public String getComensha() {
    return comenshaRegistered == null ? "" : comenshaRegistered ? "YES" : "NO";
  }

  public void setComensha(String choice) {
    this.comenshaRegistered =
        "YES".equals(choice) ? Boolean.TRUE : "NO".equals(choice) ? Boolean.FALSE : null;
  }

  public LocalDate getComenshaOn() {
    return comenshaOn;
  }

  public void setComenshaOn(LocalDate comenshaOn) {
    this.comenshaOn = comenshaOn;
  }

  public ResidenceProcedure getResidence() {
    return residence;
  }

  public void setResidence(ResidenceProcedure residence) {
    this.residence = residence;
  }

  public PoliceReport getPoliceReport() {
    return policeReport;
  }

  public void setPoliceReport(PoliceReport policeReport) {
    this.policeReport = policeReport;
  }
}
