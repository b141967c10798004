package nl.casustafel.api.registry;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import nl.casustafel.casefile.CareItem;

/** JSON of a care episode: kind, provider, start and end (Amsterdam days), outcome. */
final class CareJson {

  private CareJson() {}

  static JsonObjectBuilder item(CareItem c) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("careId", c.id())
            .add("kind", c.kind().name())
            .add("provider", c.provider().value())
            .add("start", c.start().toString());
    c.end().ifPresent(e -> json.add("end", e.toString()));
    c.outcome().ifPresent(o -> json.add("outcome", o));
    return json;
  }
}
