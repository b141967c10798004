package nl.casustafel.covenant.version;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Direction;
import nl.casustafel.covenant.MembershipRole;
import nl.casustafel.covenant.Purpose;

/**
 * The demo covenant of ZVH Gooi en Vechtstreek as terms, row for row as {@code
 * R__demo_zvh_covenants.sql} inserts it, and small helpers to change it.
 */
final class Demo {

  static final String ZVH = "zvh-gooi-en-vechtstreek";
  static final String POLITIE = "politie-midden-nederland";
  static final String VEILIG_THUIS = "veilig-thuis-gooi-en-vechtstreek";
  static final String SCHARLAKEN_KOORD = "scharlaken-koord";
  static final String HILVERSUM = "gemeente-hilversum";
  static final String KWINTES = "kwintes";
  static final String TITLE =
      "Privacyconvenant Casusoverleg Zorg- en Veiligheidshuis Gooi en Vechtstreek";
  static final String GROUND = "Noodzakelijk om acuut gevaar voor het slachtoffer af te wenden.";

  private Demo() {}

  /** Version 1 of zvh-gv. */
  static CovenantTerms covenant() {
    SortedMap<String, MembershipTerms> memberships = new TreeMap<>();
    Set<DataCategory> all = EnumSet.allOf(DataCategory.class);
    Set<DataCategory> allButJustice = EnumSet.complementOf(EnumSet.of(DataCategory.JUSTICE));
    memberships.put(ZVH, membership(MembershipRole.CORE, "art. 5", all, "art. 5"));
    memberships.put(POLITIE, membership(MembershipRole.CORE, "art. 5", all, "art. 5"));
    memberships.put(
        VEILIG_THUIS, membership(MembershipRole.CORE, "art. 5.3", allButJustice, "art. 5"));
    memberships.put(
        SCHARLAKEN_KOORD,
        membership(
            MembershipRole.CORE,
            "art. 6",
            EnumSet.of(
                DataCategory.IDENTIFYING,
                DataCategory.CONTACT,
                DataCategory.SOCIAL,
                DataCategory.VICTIM_STATUS),
            "art. 6"));
    memberships.put(
        HILVERSUM,
        membership(
            MembershipRole.CORE,
            "art. 6",
            EnumSet.of(DataCategory.IDENTIFYING, DataCategory.CONTACT, DataCategory.SOCIAL),
            "art. 6"));
    memberships.put(
        KWINTES,
        membership(
            MembershipRole.AD_HOC,
            "art. 7",
            EnumSet.of(DataCategory.CONTACT, DataCategory.SOCIAL),
            "art. 7"));
    return new CovenantTerms(TITLE, 24, articles(), memberships);
  }

  static SortedMap<String, String> articles() {
    SortedMap<String, String> articles = new TreeMap<>();
    articles.put("art. 3", "Doel: het gezamenlijk bepalen en uitvoeren van een plan van aanpak.");
    articles.put("art. 5", "Kernpartners verstrekken en ontvangen de noodzakelijke gegevens.");
    articles.put("art. 5.3", "Gezondheids- en strafrechtelijke gegevens alleen met grond.");
    articles.put(
        "art. 6", "Ketenpartners met een beperkte rol ontvangen alleen wat hun taak vraagt.");
    articles.put("art. 7", "Een ad-hocpartner tekent per casus een geheimhoudingsverklaring.");
    return articles;
  }

  /** Both directions of each category for the case conference, as the demo's matrix. */
  static MembershipTerms membership(
      MembershipRole role, String article, Set<DataCategory> categories, String grantArticle) {
    Set<GrantTerms> grants = new HashSet<>();
    for (DataCategory category : categories) {
      for (Direction direction : Direction.values()) {
        grants.add(grant(category, direction, grantArticle));
      }
    }
    return new MembershipTerms(role, article, grants);
  }

  /**
   * A case-conference grant as the demo writes it: HEALTH and JUSTICE on art. 5.3, with the ground
   * when received.
   */
  static GrantTerms grant(DataCategory category, Direction direction, String article) {
    boolean special = category.specialArticle().isPresent();
    return new GrantTerms(
        category,
        direction,
        Purpose.CASE_CONFERENCE,
        special ? "art. 5.3" : article,
        special && direction == Direction.RECEIVE ? GROUND : null);
  }

  /** The terms with the partner's membership replaced, added or (null) removed. */
  static CovenantTerms withMembership(
      CovenantTerms terms, String partner, MembershipTerms membership) {
    SortedMap<String, MembershipTerms> memberships = new TreeMap<>(terms.memberships());
    if (membership == null) {
      memberships.remove(partner);
    } else {
      memberships.put(partner, membership);
    }
    return new CovenantTerms(terms.title(), terms.retentionMonths(), terms.articles(), memberships);
  }

  /** The membership with one grant more (or replaced in its cell). */
  static MembershipTerms withGrant(MembershipTerms membership, GrantTerms grant) {
    Map<GrantTerms.Cell, GrantTerms> grants = new TreeMap<>(membership.grantsByCell());
    grants.put(grant.cell(), grant);
    return new MembershipTerms(
        membership.role(), membership.article(), Set.copyOf(grants.values()));
  }

  /** The membership without the grants of the category (both directions, every purpose). */
  static MembershipTerms withoutCategory(MembershipTerms membership, DataCategory category) {
    Set<GrantTerms> grants = new HashSet<>(membership.grants());
    grants.removeIf(g -> g.category() == category);
    return new MembershipTerms(membership.role(), membership.article(), grants);
  }
}
