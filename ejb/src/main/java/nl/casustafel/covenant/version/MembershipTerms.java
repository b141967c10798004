package nl.casustafel.covenant.version;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.casustafel.covenant.ArticleRef;
import nl.casustafel.covenant.CovenantMembership;
import nl.casustafel.covenant.MembershipRole;

/**
 * A partner's place in a covenant version: its role, the article it signs on and its matrix of
 * grants. Who signed and when is not part of the terms: a signature accepts terms, it does not
 * change them.
 *
 * @param article the article number the membership rests on, or null when none is recorded
 * @param grants at most one grant per {@linkplain GrantTerms.Cell cell}, as in the database
 * @throws IllegalArgumentException when two grants share a cell
 */
public record MembershipTerms(MembershipRole role, String article, Set<GrantTerms> grants) {

  public MembershipTerms {
    Objects.requireNonNull(role, "role is required.");
    grants = Set.copyOf(Objects.requireNonNull(grants, "grants are required."));
    long cells = grants.stream().map(GrantTerms::cell).distinct().count();
    if (cells != grants.size()) {
      throw new IllegalArgumentException(
          "A membership has at most one grant per category, direction and purpose.");
    }
  }

  /** The terms of a stored membership. */
  public static MembershipTerms of(CovenantMembership membership) {
    return new MembershipTerms(
        membership.role(),
        membership.article().map(ArticleRef::number).orElse(null),
        membership.grants().stream().map(GrantTerms::of).collect(Collectors.toSet()));
  }

  /** The grants by cell, in cell order. */
  public SortedMap<GrantTerms.Cell, GrantTerms> grantsByCell() {
    SortedMap<GrantTerms.Cell, GrantTerms> byCell = new TreeMap<>();
    grants.forEach(g -> byCell.put(g.cell(), g));
    return Collections.unmodifiableSortedMap(byCell);
  }
}
