package nl.casustafel.casefile.trafficking;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.casefile.ExploitationForm;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.shared.RequiredText;

/**
 * The trafficking details under the covenant's VICTIM_STATUS: the form of exploitation (with the
 * sector for labour, a description for "other", e.g. forced marriage), the municipality where it
 * took place, the victim status with the deciding organisation and day (Amsterdam), the means of
 * recruitment and of control, and the CoMensha registration.
 */
public record VictimFacts(
    Optional<ExploitationForm> form,
    Optional<LabourSector> sector,
    Optional<String> otherForm,
    Optional<String> municipality,
    Optional<VictimStatus> status,
    Optional<PartnerId> statusBy,
    Optional<LocalDate> statusOn,
    Set<RecruitmentMeans> recruitment,
    Set<ControlMeans> control,
    Optional<Boolean> comenshaRegistered,
    Optional<LocalDate> comenshaOn) {

  public static final RequiredText OTHER_FORM = new RequiredText("otherForm", 3, 200);

  public VictimFacts {
    recruitment = recruitment.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(recruitment));
    control = control.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(control));
    otherForm = otherForm.filter(t -> !t.isBlank());
    municipality = municipality.filter(t -> !t.isBlank());
  }

  /**
   * These facts, checked.
   *
   * @param region the municipalities of the tenant's region
   * @param partners the organisations of the tenant (who may decide a victim status)
   * @throws IllegalArgumentException naming the first field that breaks a rule
   */
  public VictimFacts check(LocalDate today, Set<String> region, Set<PartnerId> partners) {
    boolean labour = form.filter(f -> f == ExploitationForm.LABOUR).isPresent();
    boolean other = form.filter(f -> f == ExploitationForm.OTHER).isPresent();
    refuseIf(sector.isPresent() && !labour, "sector: only labour exploitation has a sector.");
    refuseIf(
        other && otherForm.isEmpty(), "otherForm: describe the other form (e.g. forced marriage).");
    refuseIf(!other && otherForm.isPresent(), "otherForm: only the form OTHER is described.");
    Optional<String> text = otherForm.map(OTHER_FORM::check);
    refuseIf(
        municipality.isPresent() && !region.contains(municipality.get()),
        "municipality: not a municipality of the region.");
    refuseIf(
        status.isPresent() != (statusBy.isPresent() && statusOn.isPresent()),
        "status: a victim status needs the deciding organisation and day, and only then.");
    refuseIf(
        statusBy.isPresent() && !partners.contains(statusBy.get()),
        "statusBy: not an organisation of the region.");
    refuseIf(statusOn.filter(d -> d.isAfter(today)).isPresent(), "statusOn: not after today.");
    refuseIf(
        comenshaOn.isPresent() && !comenshaRegistered.orElse(false),
        "comenshaOn: only a registration has a day.");
    refuseIf(comenshaOn.filter(d -> d.isAfter(today)).isPresent(), "comenshaOn: not after today.");
    return new VictimFacts(
        form,
        sector,
        text,
        municipality,
        status,
        statusBy,
        statusOn,
        recruitment,
        control,
        comenshaRegistered,
        comenshaOn);
  }

  private static void refuseIf(boolean broken, String rule) {
    if (broken) {
      throw new IllegalArgumentException(rule);
    }
  }
}
