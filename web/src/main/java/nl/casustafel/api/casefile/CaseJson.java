package nl.casustafel.api.casefile;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.function.Function;
import nl.casustafel.casefile.CaseSummary;
import nl.casustafel.casefile.InformationItem;
import nl.casustafel.policy.Decision;
import nl.casustafel.policy.PolicyDecisionPoint.Outcome;

/** Case data as JSON: a disclosed value with its legal basis, or the category redacted. */
public final class CaseJson {

  private CaseJson() {}

  public static JsonObjectBuilder summary(CaseSummary c) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", c.id().value())
            .add("reference", c.reference())
            .add("type", c.type().name())
            .add("status", c.status().name())
            .add("lead", c.lead().value())
            .add("openedAt", c.openedAt().toString())
            .add("statementRequired", c.statementRequired())
            .add(
                "client",
                outcome(c.client(), name -> Json.createObjectBuilder().add("name", name)));
    c.exploitationForm()
        .ifPresent(
            f ->
                json.add(
                    "exploitationForm",
                    outcome(f, form -> Json.createObjectBuilder().add("form", form.name()))));
    return json;
  }

  static JsonObjectBuilder item(InformationItem i) {
    return Json.createObjectBuilder()
        .add("id", i.id())
        .add("category", i.category().name())
        .add("text", i.text())
        .add("provider", i.provider().value())
        .add("createdBy", i.createdBy())
        .add("createdAt", i.createdAt().toString());
  }

  /** {@code {category, ..., basis}} when disclosed; {@code {category, redacted, reason}} if not. */
  public static <T> JsonObjectBuilder outcome(
      Outcome<T> outcome, Function<T, JsonObjectBuilder> shown) {
    if (outcome.disclosed().isPresent()) {
      return shown
          .apply(outcome.disclosed().get().value())
          .add("category", outcome.category().name())
          .add("basis", outcome.disclosed().get().basis().number());
    }
    JsonObjectBuilder redacted =
        Json.createObjectBuilder().add("category", outcome.category().name()).add("redacted", true);
    if (outcome.decision() instanceof Decision.Deny deny) {
      redacted.add("reason", deny.reason().name());
      deny.limitingArticle().ifPresent(a -> redacted.add("article", a.number()));
    }
    return redacted;
  }
}
