package nl.casustafel.covenant.version;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.casustafel.covenant.version.CovenantChange.Kind;

/**
 * The effect of a draft on the partners' open cases, before it is scheduled ("Veilig Thuis verliest
 * JUSTICE op 3 open casussen"). Source: issue #15, the preview of a new version's effect.
 *
 * <p>A partner that loses a grant loses it on every open case it participates in; a partner that
 * leaves loses everything there, shown as one {@link Effect.Kind#LEAVES} (its lost grants are not
 * repeated); a joining partner is one {@link Effect.Kind#JOINS}. Changed articles, grounds and
 * roles change no grant and show no effect here. Receiving and providing are both listed, told
 * apart by direction ({@link Effect#changesWhatItSees()}).
 *
 * <p>Order: most open cases first, then partner id, kind, category, direction and purpose.
 */
public final class EffectPreview {

  private static final Comparator<Effect> ORDER =
      Comparator.comparingLong(Effect::openCases)
          .reversed()
          .thenComparing(Effect::partnerId)
          .thenComparing(Effect::kind)
          .thenComparing(Effect::category, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Effect::direction, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Effect::purpose, Comparator.nullsFirst(Comparator.naturalOrder()));

  private EffectPreview() {}

  /**
   * The effects of the changes.
   *
   * @param changes from {@link TermsDiff#between}
   * @param openCases partner id → the open cases it participates in today; a partner not in the map
   *     has none
   */
  public static List<Effect> of(List<CovenantChange> changes, Map<String, Long> openCases) {
    Objects.requireNonNull(openCases, "openCases is required.");
    Set<String> joinsOrLeaves =
        changes.stream()
            .filter(c -> c.kind() == Kind.PARTNER_JOINED || c.kind() == Kind.PARTNER_LEFT)
            .map(CovenantChange::partner)
            .collect(Collectors.toSet());
    List<Effect> effects = new ArrayList<>();
    for (CovenantChange change : changes) {
      switch (change.kind()) {
        case PARTNER_JOINED -> effects.add(whole(change, Effect.Kind.JOINS, openCases));
        case PARTNER_LEFT -> effects.add(whole(change, Effect.Kind.LEAVES, openCases));
        case GRANT_GAINED, GRANT_LOST -> {
          if (!joinsOrLeaves.contains(change.partner())) {
            effects.add(grant(change, openCases));
          }
        }
        default -> {} // No grant is gained or lost: nobody sees more or less.
      }
    }
    effects.sort(ORDER);
    return List.copyOf(effects);
  }

  private static Effect whole(CovenantChange change, Effect.Kind kind, Map<String, Long> open) {
    return new Effect(change.partner(), null, null, null, kind, casesOf(change, open));
  }

  private static Effect grant(CovenantChange change, Map<String, Long> open) {
    long cases = casesOf(change, open);
    Effect.Kind kind = change.kind() == Kind.GRANT_LOST ? Effect.Kind.LOSES : Effect.Kind.GAINS;
    return new Effect(
        change.partner(), change.category(), change.direction(), change.purpose(), kind, cases);
  }

  private static long casesOf(CovenantChange change, Map<String, Long> open) {
    Long cases = open.get(change.partner());
    return cases == null ? 0 : cases;
  }
}
