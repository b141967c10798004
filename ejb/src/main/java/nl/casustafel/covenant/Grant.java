package nl.casustafel.covenant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import nl.casustafel.shared.RequiredText;

/**
 * One cell of a membership's matrix: the partner may {@code direction} data of {@code category} for
 * {@code purpose}, on article {@code basis}. Receiving health or criminal-law data also needs the
 * recorded necessity ground (noodzakelijkheid), or the cell cannot exist.
 */
@Embeddable
public class Grant {

  /** Longest necessity ground: its column. */
  public static final int MAX_NECESSITY_GROUND = 500;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false)
  private DataCategory category;

  @Enumerated(EnumType.STRING)
  @Column(name = "direction", nullable = false)
  private Direction direction;

  @Enumerated(EnumType.STRING)
  @Column(name = "purpose", nullable = false)
  private Purpose purpose;

  @Column(name = "article", nullable = false)
  private String article;

  @Column(name = "necessity_ground")
  private String necessityGround;

  protected Grant() {} // for JPA

  public Grant(
      DataCategory category,
      Direction direction,
      Purpose purpose,
      ArticleRef basis,
      String necessityGround) {
    this.category = Objects.requireNonNull(category, "category is required.");
    this.direction = Objects.requireNonNull(direction, "direction is required.");
    this.purpose = Objects.requireNonNull(purpose, "purpose is required.");
    this.article = Objects.requireNonNull(basis, "basis is required.").number();
    boolean groundRequired =
        direction == Direction.RECEIVE && category.specialArticle().isPresent();
    this.necessityGround =
        groundRequired
            ? RequiredText.visible(
                necessityGround,
                "The necessity ground for receiving "
                    + category
                    + " ("
                    + category.specialArticle().get()
                    + ")",
                1,
                MAX_NECESSITY_GROUND)
            : necessityGround;
  }

  public DataCategory category() {
    return category;
  }

  public Direction direction() {
    return direction;
  }

  public Purpose purpose() {
    return purpose;
  }

  public ArticleRef basis() {
    return new ArticleRef(article);
  }

  public String necessityGround() {
    return necessityGround;
  }

  public boolean covers(DataCategory category, Direction direction, Purpose purpose) {
    return this.category == category && this.direction == direction && this.purpose == purpose;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Grant g
        && category == g.category
        && direction == g.direction
        && purpose == g.purpose;
  }

  @Override
  public int hashCode() {
    return Objects.hash(category, direction, purpose);
  }
}
