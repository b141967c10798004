package nl.casustafel.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * The trafficking details stored on a case (issue #13, part 1): the columns of {@code case_file}
 * that V13 added. The form itself stays the case's own column ({@link Case#exploitationForm()}).
 * Pick lists are kept as comma-separated codes.
 */
@Embeddable
class Trafficking {

  @Enumerated(EnumType.STRING)
  @Column(name = "exploitation_sector")
  private LabourSector sector;

  @Column(name = "exploitation_other")
  private String otherForm;

  @Column(name = "exploitation_municipality")
  private String municipality;

  @Enumerated(EnumType.STRING)
  @Column(name = "victim_status")
  private VictimStatus status;

  @Column(name = "victim_status_by")
  private String statusBy;

  @Column(name = "victim_status_on")
  private LocalDate statusOn;

  @Column(name = "recruitment_means")
  private String recruitment;

  @Column(name = "control_means")
  private String control;

  @Column(name = "comensha_registered")
  private Boolean comenshaRegistered;

  @Column(name = "comensha_registered_on")
  private LocalDate comenshaOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "residence_procedure")
  private ResidenceProcedure residence;

  @Enumerated(EnumType.STRING)
  @Column(name = "police_report")
  private PoliceReport policeReport;

  VictimFacts victim(Optional<ExploitationForm> form) {
    return new VictimFacts(
        form,
        Optional.ofNullable(sector),
        Optional.ofNullable(otherForm),
        Optional.ofNullable(municipality),
        Optional.ofNullable(status),
        Optional.ofNullable(statusBy).map(PartnerId::new),
        Optional.ofNullable(statusOn),
        codes(recruitment, RecruitmentMeans::valueOf),
        codes(control, ControlMeans::valueOf),
        Optional.ofNullable(comenshaRegistered),
        Optional.ofNullable(comenshaOn));
  }

  JusticeFacts justice() {
    return new JusticeFacts(Optional.ofNullable(residence), Optional.ofNullable(policeReport));
  }

  void set(VictimFacts facts) {
    sector = facts.sector().orElse(null);
    otherForm = facts.otherForm().orElse(null);
    municipality = facts.municipality().orElse(null);
    status = facts.status().orElse(null);
    statusBy = facts.statusBy().map(PartnerId::value).orElse(null);
    statusOn = facts.statusOn().orElse(null);
    recruitment = joined(facts.recruitment());
    control = joined(facts.control());
    comenshaRegistered = facts.comenshaRegistered().orElse(null);
    comenshaOn = facts.comenshaOn().orElse(null);
  }

  void set(JusticeFacts facts) {
    residence = facts.residence().orElse(null);
    policeReport = facts.policeReport().orElse(null);
  }

  private static <E extends Enum<E>> Set<E> codes(String stored, Function<String, E> parse) {
    if (stored == null || stored.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(stored.split(","))
        .map(String::strip)
        .map(parse)
        .collect(Collectors.toSet());
  }

  private static String joined(Set<? extends Enum<?>> values) {
    return values.isEmpty()
        ? null
        : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }
}
