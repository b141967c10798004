package nl.casustafel.api.crisis;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Optional;
import java.util.function.Function;
import nl.casustafel.api.casefile.CaseJson;
import nl.casustafel.casefile.CrisisCardView;

/**
 * A crisis card as JSON: each field disclosed with its legal basis, or redacted with the reason.
 */
final class CrisisCardJson {

  private CrisisCardJson() {}

  static JsonObject of(CrisisCardView card) {
    Function<Optional<String>, jakarta.json.JsonObjectBuilder> text =
        v ->
            v.map(t -> Json.createObjectBuilder().add("text", t))
                .orElseGet(() -> Json.createObjectBuilder().addNull("text"));
    return Json.createObjectBuilder()
        .add("reference", card.reference())
        .add("name", CaseJson.outcome(card.name(), n -> Json.createObjectBuilder().add("text", n)))
        .add("safeContact", CaseJson.outcome(card.safeContact(), text))
        .add("risks", CaseJson.outcome(card.risks(), text))
        .add("language", CaseJson.outcome(card.language(), text))
        .add("shelterArrangement", CaseJson.outcome(card.shelterArrangement(), text))
        .build();
  }
}
