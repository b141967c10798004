package nl.casustafel.web.covenant;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeSet;
import nl.casustafel.covenant.CovenantMembership;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Direction;
import nl.casustafel.covenant.Grant;

/**
 * One partner's line of the covenant matrix: per data category what it may receive (O, ontvangen)
 * and provide (V, verstrekken), with the articles, e.g. "O V · art. 5".
 */
public final class CovenantRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String partnerName;
  private final String role;
  private final Map<DataCategory, String> cells;

  private CovenantRow(String partnerName, String role, Map<DataCategory, String> cells) {
    this.partnerName = partnerName;
    this.role = role;
    this.cells = cells;
  }

  static CovenantRow of(CovenantMembership membership, String partnerName) {
    Map<DataCategory, String> cells = new EnumMap<>(DataCategory.class);
    for (DataCategory category : DataCategory.values()) {
      cells.put(category, cell(membership, category));
    }
    return new CovenantRow(partnerName, membership.role().name(), cells);
  }

  private static String cell(CovenantMembership membership, DataCategory category) {
    boolean receives = has(membership, category, Direction.RECEIVE);
    boolean provides = has(membership, category, Direction.PROVIDE);
    if (!receives && !provides) {
      return "—";
    }
    TreeSet<String> articles = new TreeSet<>();
    membership.grants().stream()
        .filter(g -> g.category() == category)
        .map(Grant::basis)
        .forEach(a -> articles.add(a.number()));
    return ((receives ? "O " : "") + (provides ? "V " : "")).trim()
        + " · "
        + String.join(", ", articles);
  }

  private static boolean has(CovenantMembership m, DataCategory category, Direction direction) {
    return m.grants().stream()
        .anyMatch(g -> g.category() == category && g.direction() == direction);
  }

  public String getPartnerName() {
    return partnerName;
  }

  public String getRole() {
    return role;
  }

  public Map<DataCategory, String> getCells() {
    return cells;
  }
}
