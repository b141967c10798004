package nl.casustafel.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.casustafel.shared.RequiredText;
import nl.casustafel.shared.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The record of one merge of two persons of the registry: who merged which client into which, when
 * (UTC), why, and exactly which cases, referrals and aliases were moved — so that an undo moves
 * back those links and no others. Never deleted; an undo marks it undone.
 */
@Entity
@Table(name = "client_merge")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = Tenancy.PROPERTY)
public class ClientMerge {

  /** Why the persons are one: at least 3 visible characters, at most 1,000. */
  public static final RequiredText REASON = new RequiredText("reason", 3, 1000);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "from_client_id", nullable = false)
  private long from;

  @Column(name = "into_client_id", nullable = false)
  private long into;

  @Column(name = "merged_by", nullable = false)
  private String mergedBy;

  @Column(name = "merged_at", nullable = false)
  private Instant mergedAt;

  @Column(name = "reason", nullable = false)
  private String reason;

  @Column(name = "moved_cases", nullable = false)
  private String movedCases;

  @Column(name = "moved_referrals", nullable = false)
  private String movedReferrals;

  @Column(name = "moved_aliases", nullable = false)
  private String movedAliases;

  @Column(name = "undone_at")
  private Instant undoneAt;

  @Column(name = "undone_by")
  private String undoneBy;

  protected ClientMerge() {} // for JPA

  /** What was moved from one client to the other. */
  public record Moved(List<Long> cases, List<Long> referrals, List<Long> aliases) {
    public Moved {
      cases = List.copyOf(cases);
      referrals = List.copyOf(referrals);
      aliases = List.copyOf(aliases);
    }
  }

  /**
   * @throws IllegalArgumentException for a reason that is too short or too long
   */
  ClientMerge(long from, long into, String by, Instant at, String reason, Moved moved) {
    this.reason = REASON.check(reason);
    this.from = from;
    this.into = into;
    this.mergedBy = Objects.requireNonNull(by, "by");
    this.mergedAt = Objects.requireNonNull(at, "at");
    this.movedCases = joined(moved.cases());
    this.movedReferrals = joined(moved.referrals());
    this.movedAliases = joined(moved.aliases());
  }

  /** Marks the merge undone (once). */
  void undo(String by, Instant at) {
    if (undoneAt != null) {
      throw new IllegalArgumentException("person: this merge was undone already.");
    }
    this.undoneBy = by;
    this.undoneAt = at;
  }

  public long id() {
    return id;
  }

  public long from() {
    return from;
  }

  public long into() {
    return into;
  }

  public Moved moved() {
    return new Moved(ids(movedCases), ids(movedReferrals), ids(movedAliases));
  }

  public Optional<Instant> undoneAt() {
    return Optional.ofNullable(undoneAt);
  }

  /** Ids as stored: comma-separated, no spaces, empty for none. */
  static String joined(List<Long> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  /** The ids of {@link #joined(List)}. */
  static List<Long> ids(String joined) {
    return joined == null || joined.isEmpty()
        ? List.of()
        : Arrays.stream(joined.split(",")).map(Long::valueOf).toList();
  }
}
