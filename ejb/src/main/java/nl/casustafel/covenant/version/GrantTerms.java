package nl.casustafel.covenant.version;

import java.util.Comparator;
import java.util.Objects;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Direction;
import nl.casustafel.covenant.Grant;
import nl.casustafel.covenant.Purpose;

/**
 * One cell of a membership's matrix in a covenant version: the partner may {@code direction} data
 * of {@code category} for {@code purpose}, on {@code article}. The texts are kept as given, so that
 * a draft can hold what the manager typed; {@link DraftRules} says whether they are acceptable.
 *
 * @param article the article number of the version this grant rests on; may be null in a draft
 * @param necessityGround why receiving this is necessary (AVG art. 9/10); null when none is given
 */
public record GrantTerms(
    DataCategory category,
    Direction direction,
    Purpose purpose,
    String article,
    String necessityGround) {

  public GrantTerms {
    Objects.requireNonNull(category, "category is required.");
    Objects.requireNonNull(direction, "direction is required.");
    Objects.requireNonNull(purpose, "purpose is required.");
  }

  /** The terms of a stored grant. */
  public static GrantTerms of(Grant grant) {
    return new GrantTerms(
        grant.category(),
        grant.direction(),
        grant.purpose(),
        grant.basis().number(),
        grant.necessityGround());
  }

  /** Where this grant sits in the matrix; a membership has at most one grant per cell. */
  public Cell cell() {
    return new Cell(category, direction, purpose);
  }

  /**
   * A position in the matrix: the key of a grant, as the primary key of {@code covenant_grant}
   * (membership, category, direction, purpose). Ordered by category, direction and purpose in their
   * declaration order.
   */
  public record Cell(DataCategory category, Direction direction, Purpose purpose)
      implements Comparable<Cell> {

    private static final Comparator<Cell> ORDER =
        Comparator.comparing(Cell::category)
            .thenComparing(Cell::direction)
            .thenComparing(Cell::purpose);

    public Cell {
      Objects.requireNonNull(category, "category is required.");
      Objects.requireNonNull(direction, "direction is required.");
      Objects.requireNonNull(purpose, "purpose is required.");
    }

    @Override
    public int compareTo(Cell other) {
      return ORDER.compare(this, other);
    }
  }
}
