package nl.casustafel.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.casustafel.casefile.CareKind;
import nl.casustafel.casefile.ExploitationForm;
import nl.casustafel.registry.SignalSource;
import org.junit.jupiter.api.Test;

/** Every code a table can hold has a label in Dutch and in English; a missing one is a bug. */
class ProgressTextTest {

  private static final Locale ENGLISH = Locale.ENGLISH;

  /** Every key the report looks up, but the municipalities' names. */
  private static List<String> keys() {
    List<String> keys = new ArrayList<>();
    add(keys, "situations.form", names(ExploitationForm.values()));
    add(keys, "situations.source", names(SignalSource.values()));
    add(keys, "victims.gender", Stream.of("V", "M", "X", "ONBEKEND"));
    add(keys, "victims.age", names(AgeBand.values()));
    add(keys, "victims.nationality", names(NationalityGroup.values()));
    add(keys, "advertisements.verdict", Stream.of("RISKY", "NOT_RISKY", "UNCLEAR"));
    add(keys, "advertisements.age", names(AgeBand.values()));
    // CATEGORICAL (categorale opvang) is labelled before CareKind has it.
    add(keys, "care.started", Stream.concat(names(CareKind.values()), Stream.of("CATEGORICAL")));
    add(keys, "care.ended", Stream.concat(names(CareKind.values()), Stream.of("CATEGORICAL")));
    add(
        keys,
        "table",
        Stream.of(
            "situations.form",
            "situations.municipality",
            "situations.source",
            "victims.gender",
            "victims.age",
            "victims.nationality",
            "advertisements.verdict",
            "advertisements.age",
            "care.started",
            "care.ended"));
    add(
        keys,
        "group",
        Stream.of("situations", "victims", "advertisements", "careStarted", "careEnded"));
    keys.add("total");
    return keys;
  }

  @Test
  void everyKeyHasADutchAndAnEnglishLabel() {
    for (String key : keys()) {
      assertNotNull(ProgressText.label(key, ProgressText.DUTCH), key + " (nl)");
      assertNotNull(ProgressText.label(key, ENGLISH), key + " (en)");
    }
  }

  @Test
  void theLanguagesDifferAndAnyOtherReadsDutch() {
    assertEquals(
        "Seksuele uitbuiting", ProgressText.label("situations.form.SEXUAL", ProgressText.DUTCH));
    assertEquals("Sexual exploitation", ProgressText.label("situations.form.SEXUAL", ENGLISH));
    assertEquals("Zorgtrajecten beëindigd", ProgressText.label("table.care.ended", Locale.GERMAN));
    assertEquals("Totaal", ProgressText.labels(ProgressText.DUTCH).apply("total"));
  }

  @Test
  void aMunicipalityHasNoLabel() {
    assertNull(ProgressText.label("situations.municipality.Hilversum", ProgressText.DUTCH));
    assertNull(ProgressText.labels(ENGLISH).apply("situations.municipality.Weesp"));
  }

  @Test
  void thePdfSentencesFillInTheirArguments() {
    assertEquals(
        "Cellen onder 5 zijn onderdrukt (< 5); × = weggelaten om terugrekenen te voorkomen",
        ProgressText.dutch("pdf.suppression", "5"));
    assertTrue(ProgressText.dutch("pdf.title", "ZVH").endsWith("ZVH"));
  }

  private static void add(List<String> keys, String prefix, Stream<String> codes) {
    codes.forEach(code -> keys.add(prefix + "." + code));
  }

  private static Stream<String> names(Enum<?>[] values) {
    return Stream.of(values).map(Enum::name);
  }
}
