package nl.casustafel.covenant;

import java.util.Objects;

/**
 * One cell of a membership's matrix: the partner may {@code direction} data of {@code category} for
 * {@code purpose}, on article {@code basis}. Receiving health or criminal-law data also needs the
 * recorded necessity ground (noodzakelijkheid), or the cell cannot exist.
 */
public record Grant(
    DataCategory category,
    Direction direction,
    Purpose purpose,
    ArticleRef basis,
    String necessityGround) {

  public Grant {
    Objects.requireNonNull(category, "category is required.");
    Objects.requireNonNull(direction, "direction is required.");
    Objects.requireNonNull(purpose, "purpose is required.");
    Objects.requireNonNull(basis, "basis is required.");
    if (direction == Direction.RECEIVE
        && category.specialArticle().isPresent()
        && (necessityGround == null || necessityGround.isBlank())) {
      throw new IllegalArgumentException(
          "Receiving "
              + category
              + " ("
              + category.specialArticle().get()
              + ") needs a necessity ground.");
    }
  }

  public boolean covers(DataCategory category, Direction direction, Purpose purpose) {
    return this.category == category && this.direction == direction && this.purpose == purpose;
  }
}
