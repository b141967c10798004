package nl.casustafel.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import nl.casustafel.shared.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A meeting a case was discussed in, as an older system registered it (GCOS: one row per meeting,
 * "Datum overleg", an Amsterdam calendar day). Conferences planned in Casustafel are their own
 * thing; these are history.
 */
@Entity
@Table(name = "case_meeting")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = Tenancy.PROPERTY)
public class CaseMeeting {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "case_id", nullable = false)
  private Long caseId;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(name = "director")
  private String director;

  @Column(name = "source", nullable = false)
  private String source;

  protected CaseMeeting() {} // for JPA

  public CaseMeeting(CaseId kase, LocalDate heldOn, String director, String source) {
    this.caseId = Objects.requireNonNull(kase, "case is required.").value();
    this.heldOn = Objects.requireNonNull(heldOn, "heldOn is required.");
    this.director = director == null || director.isBlank() ? null : director.strip();
    this.source = Objects.requireNonNull(source, "source is required.");
  }

  public CaseId caseId() {
    return new CaseId(caseId);
  }

  public LocalDate heldOn() {
    return heldOn;
  }

  public Optional<String> director() {
    return Optional.ofNullable(director);
  }
}
