package nl.casustafel.web.admin;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Direction;
import nl.casustafel.covenant.MembershipRole;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.covenant.version.GrantTerms;
import nl.casustafel.covenant.version.MembershipTerms;

/**
 * One partner's row in the draft editor: whether it is a party, its role and article, and per data
 * category whether it receives and provides (purpose: the case conference), with the necessity
 * ground where receiving needs one (AVG art. 9/10). Grants for other purposes are kept as they are.
 */
public class MembershipInput implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String partnerId;
  private final String partnerName;
  private boolean party;
  private MembershipRole role = MembershipRole.CORE;
  private String article;
  private final Map<DataCategory, Boolean> receive = new EnumMap<>(DataCategory.class);
  private final Map<DataCategory, Boolean> provide = new EnumMap<>(DataCategory.class);
  private final Map<DataCategory, String> ground = new EnumMap<>(DataCategory.class);
  private final Map<DataCategory, String> grantArticle = new EnumMap<>(DataCategory.class);
  private final Set<GrantTerms> otherPurposes = new HashSet<>();

  MembershipInput(String partnerId, String partnerName) {
    this.partnerId = partnerId;
    this.partnerName = partnerName;
    for (DataCategory c : DataCategory.values()) {
      receive.put(c, false);
      provide.put(c, false);
      ground.put(c, "");
    }
  }

  /** The row of a partner that is a party to the version. */
  static MembershipInput of(String partnerId, String partnerName, MembershipTerms terms) {
    MembershipInput row = new MembershipInput(partnerId, partnerName);
    row.party = true;
    row.role = terms.role();
    row.article = terms.article();
    for (GrantTerms g : terms.grants()) {
      if (g.purpose() != Purpose.CASE_CONFERENCE) {
        row.otherPurposes.add(g);
        continue;
      }
      (g.direction() == Direction.RECEIVE ? row.receive : row.provide).put(g.category(), true);
      row.grantArticle.put(g.category(), g.article());
      if (g.necessityGround() != null) {
        row.ground.put(g.category(), g.necessityGround());
      }
    }
    return row;
  }

  /** The terms of this row; a grant rests on its former article or the membership's. */
  MembershipTerms terms() {
    Set<GrantTerms> grants = new HashSet<>(otherPurposes);
    for (DataCategory c : DataCategory.values()) {
      String basis = grantArticle.getOrDefault(c, article);
      if (Boolean.TRUE.equals(receive.get(c))) {
        String why =
            ground.get(c) == null || ground.get(c).isBlank() ? null : ground.get(c).strip();
        grants.add(new GrantTerms(c, Direction.RECEIVE, Purpose.CASE_CONFERENCE, basis, why));
      }
      if (Boolean.TRUE.equals(provide.get(c))) {
        grants.add(new GrantTerms(c, Direction.PROVIDE, Purpose.CASE_CONFERENCE, basis, null));
      }
    }
    return new MembershipTerms(role, article == null || article.isBlank() ? null : article, grants);
  }

  /** Whether receiving the category needs a necessity ground (AVG art. 9 and 10). */
  public boolean needsGround(DataCategory category) {
    return category.specialArticle().isPresent();
  }

  public String getPartnerId() {
    return partnerId;
  }

  public String getPartnerName() {
    return partnerName;
  }

  public boolean isParty() {
    return party;
  }

  public void setParty(boolean party) {
    this.party = party;
  }

  public MembershipRole getRole() {
    return role;
  }

  public void setRole(MembershipRole role) {
    this.role = role;
  }

  public String getArticle() {
    return article;
  }

  public void setArticle(String article) {
    this.article = article;
  }

  public Map<DataCategory, Boolean> getReceive() {
    return receive;
  }

  public Map<DataCategory, Boolean> getProvide() {
    return provide;
  }

  public Map<DataCategory, String> getGround() {
    return ground;
  }
}
