package nl.casustafel.api.covenant;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Comparator;
import nl.casustafel.covenant.Covenant;
import nl.casustafel.covenant.CovenantMembership;
import nl.casustafel.covenant.DraftReview;
import nl.casustafel.covenant.Grant;

/** The JSON of a covenant version and of a draft's review. No personal data. */
final class CovenantJson {

  private CovenantJson() {}

  /** The whole version: articles and every partner's matrix with its signature. */
  static JsonObject version(Covenant covenant) {
    JsonObjectBuilder articles = Json.createObjectBuilder();
    covenant.articles().forEach(articles::add);
    JsonArrayBuilder memberships = Json.createArrayBuilder();
    covenant.memberships().stream()
        .sorted(Comparator.comparing(m -> m.partner().value()))
        .forEach(m -> memberships.add(membership(m)));
    return summary(covenant)
        .add("retentionMonths", covenant.retentionMonths())
        .add("articles", articles)
        .add("memberships", memberships)
        .build();
  }

  /** Version, status, title and the day it takes (or took) force. */
  static JsonObjectBuilder summary(Covenant covenant) {
    return Json.createObjectBuilder()
        .add("version", covenant.version())
        .add("status", covenant.status().name())
        .add("title", covenant.title())
        .add("validFrom", covenant.validFrom().toString());
  }

  static JsonObjectBuilder membership(CovenantMembership m) {
    JsonArrayBuilder grants = Json.createArrayBuilder();
    m.grants().stream()
        .sorted(
            Comparator.comparing((Grant g) -> g.category())
                .thenComparing(Grant::direction)
                .thenComparing(Grant::purpose))
        .forEach(g -> grants.add(grant(g)));
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("partner", m.partner().value())
            .add("role", m.role().name())
            .add("validFrom", m.validFrom().toString())
            .add("grants", grants);
    m.article().ifPresent(a -> json.add("article", a.number()));
    m.signedOn().ifPresent(d -> json.add("signedOn", d.toString()));
    m.signedBy().ifPresent(s -> json.add("signedBy", s));
    return json;
  }

  private static JsonObjectBuilder grant(Grant g) {
    JsonObjectBuilder grant =
        Json.createObjectBuilder()
            .add("category", g.category().name())
            .add("direction", g.direction().name())
            .add("purpose", g.purpose().name())
            .add("article", g.basis().number());
    if (g.necessityGround() != null) {
      grant.add("necessityGround", g.necessityGround());
    }
    return grant;
  }

  /** Changes, effects, unsigned partners and broken rules, each with its message key. */
  static JsonObject review(DraftReview review) {
    JsonArrayBuilder changes = Json.createArrayBuilder();
    review.changes().forEach(c -> changes.add(change(c)));
    JsonArrayBuilder effects = Json.createArrayBuilder();
    review.effects().forEach(e -> effects.add(effect(e)));
    JsonArrayBuilder problems = Json.createArrayBuilder();
    review
        .problems()
        .forEach(
            p ->
                problems.add(
                    Json.createObjectBuilder()
                        .add("rule", p.rule().name())
                        .add("arguments", p.arguments().toString())));
    JsonArrayBuilder unsigned = Json.createArrayBuilder();
    review.unsigned().forEach(unsigned::add);
    return Json.createObjectBuilder()
        .add("version", review.version())
        .add("inForceVersion", review.inForceVersion())
        .add("changes", changes)
        .add("effects", effects)
        .add("unsigned", unsigned)
        .add("problems", problems)
        .build();
  }

  private static JsonObjectBuilder change(nl.casustafel.covenant.version.CovenantChange c) {
    JsonObjectBuilder json = Json.createObjectBuilder().add("kind", c.kind().name());
    optional(json, "partner", c.partner());
    optional(json, "category", c.category());
    optional(json, "direction", c.direction());
    optional(json, "purpose", c.purpose());
    optional(json, "article", c.article());
    optional(json, "before", c.before());
    optional(json, "after", c.after());
    return json;
  }

  private static void optional(JsonObjectBuilder json, String field, Object value) {
    if (value != null) {
      json.add(field, value instanceof Enum<?> e ? e.name() : value.toString());
    }
  }

  private static JsonObjectBuilder effect(nl.casustafel.covenant.version.Effect e) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("partner", e.partnerId())
            .add("kind", e.kind().name())
            .add("openCases", e.openCases());
    if (e.category() != null) {
      json.add("category", e.category().name());
    }
    if (e.direction() != null) {
      json.add("direction", e.direction().name());
    }
    return json;
  }
}
