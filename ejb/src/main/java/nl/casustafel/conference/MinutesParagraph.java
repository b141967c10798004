package nl.casustafel.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import nl.casustafel.casefile.CaseId;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.shared.RequiredText;
import nl.casustafel.shared.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One paragraph of the minutes (verslag) of an agenda item. It carries a data category, so the
 * decision point governs who reads it exactly as for other case information. Saved with a version:
 * a save against an older version is refused ({@link MinutesConflict}), never silently overwriting
 * what someone else wrote meanwhile.
 */
@Entity
@Table(name = "minutes_paragraph")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = Tenancy.PROPERTY)
public class MinutesParagraph {

  public static final RequiredText TEXT = new RequiredText("text", 1, 4000);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "agenda_item_id", nullable = false)
  private Long itemId;

  @Column(name = "case_id", nullable = false)
  private Long caseId;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false)
  private DataCategory category;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private ParagraphKind kind;

  @Column(name = "text", nullable = false)
  private String text;

  @Column(name = "written_by", nullable = false)
  private String writtenBy;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected MinutesParagraph() {} // for JPA

  MinutesParagraph(
      AgendaItem item,
      DataCategory category,
      ParagraphKind kind,
      String text,
      String by,
      Instant at) {
    this.itemId = item.id();
    this.caseId = item.kase().value();
    this.category = java.util.Objects.requireNonNull(category, "category is required.");
    this.kind = java.util.Objects.requireNonNull(kind, "kind is required.");
    this.text = TEXT.check(text);
    this.writtenBy = by;
    this.writtenAt = at;
  }

  /**
   * Replaces the text, if the writer saw the version stored now.
   *
   * @throws MinutesConflict when someone saved another version meanwhile
   */
  void rewrite(long seenVersion, String text, String by, Instant at) {
    if (seenVersion != version) {
      throw new MinutesConflict(id, writtenBy, version);
    }
    this.text = TEXT.check(text);
    this.writtenBy = by;
    this.writtenAt = at;
  }

  public long id() {
    return id;
  }

  public long item() {
    return itemId;
  }

  public CaseId kase() {
    return new CaseId(caseId);
  }

  public DataCategory category() {
    return category;
  }

  public ParagraphKind kind() {
    return kind;
  }

  public String text() {
    return text;
  }

  public String writtenBy() {
    return writtenBy;
  }

  public Instant writtenAt() {
    return writtenAt;
  }

  public long version() {
    return version;
  }
}
