package nl.casustafel.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What of a name counts when comparing persons. */
class ComparableNameTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Anna de Vries          | anna vries",
        "'  Anna   de\tVries  ' | anna vries",
        "Jansen, Piet           | jansen piet",
        "Piet Jansen            | jansen piet",
        "Zoë van der Berg       | berg zoe",
        "ZOË VAN DER BERG       | berg zoe",
        "Jan 't Hart            | hart jan",
        "Jan ’t Hart            | hart jan",
        "Seán O’Brien           | obrien sean",
        "Lisa Jansen-van Dijk   | dijk jansen lisa",
        "Gerrit ten Hove        | gerrit hove",
        "Şükrü Yılmaz           | sukru yilmaz",
        "ŞÜKRÜ YILMAZ           | sukru yilmaz",
        "Søren Łukasz Straße    | lukasz soren strasse",
        "François Le Clercq     | clercq francois",
        "Ｍａｒｉａ Ｓｉｌｖａ     | maria silva",
        "van der                | ''",
        "''                     | ''",
      })
  void reducesANameToItsSortedSignificantWords(String name, String expected) {
    assertEquals(expected, ComparableName.of(name));
  }
}
