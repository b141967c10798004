package nl.casustafel.web.covenant;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.casustafel.covenant.Covenant;
import nl.casustafel.covenant.CovenantDirectory;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.web.partner.PartnerNames;

/** Backs the covenant page: the covenant in force in the active tenant, as a matrix per partner. */
@Named
@ViewScoped
public class CovenantView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient CovenantDirectory covenants;
  @Inject private transient PartnerNames partners;
  @Inject private transient Clock clock;

  private String title;
  private int version;
  private Map<String, String> articles = Map.of();
  private List<CovenantRow> rows = List.of();

  @PostConstruct
  void init() {
    covenants.inForce(AmsterdamTime.today(clock)).ifPresent(this::show);
  }

  private void show(Covenant covenant) {
    title = covenant.title();
    version = covenant.version();
    articles = covenant.articles();
    rows =
        covenant.memberships().stream()
            .map(m -> CovenantRow.of(m, partners.of(m.partner())))
            .sorted(Comparator.comparing(CovenantRow::getPartnerName))
            .toList();
  }

  public boolean isPresent() {
    return title != null;
  }

  public String getTitle() {
    return title;
  }

  public int getVersion() {
    return version;
  }

  public List<Map.Entry<String, String>> getArticles() {
    return List.copyOf(articles.entrySet());
  }

  public List<CovenantRow> getRows() {
    return rows;
  }

  public List<DataCategory> getCategories() {
    return List.of(DataCategory.values());
  }
}
