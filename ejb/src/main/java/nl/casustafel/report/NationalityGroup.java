package nl.casustafel.report;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The group of a nationality as the report counts it: Dutch, another member state of the European
 * Union, outside the EU, or unknown.
 *
 * <p>Why groups and not nationalities: in a region of some 250,000 inhabitants a handful of victims
 * a year is counted; "one Nigerian victim in Weesp" points at one person, and anyone who knows her
 * recognises her. The grouping also follows what matters for the approach: EU citizens may live and
 * work here, others need a residence procedure (B8).
 */
public enum NationalityGroup {
  DUTCH,
  EU,
  NON_EU,
  UNKNOWN;

  /**
   * The 26 other member states of the EU (2020 onwards, without the United Kingdom), by the Dutch
   * adjective the registry stores, lower case, without diacritics.
   */
  private static final Set<String> EU_ADJECTIVES =
      Set.of(
          "belgisch",
          "bulgaars",
          "cypriotisch",
          "deens",
          "duits",
          "ests",
          "fins",
          "frans",
          "grieks",
          "hongaars",
          "iers",
          "italiaans",
          "kroatisch",
          "lets",
          "litouws",
          "luxemburgs",
          "maltees",
          "oostenrijks",
          "pools",
          "portugees",
          "roemeens",
          "sloveens",
          "slowaaks",
          "spaans",
          "tsjechisch",
          "zweeds");

  /**
   * The group of a nationality as the registry stores it: a Dutch adjective ("Nederlands",
   * "Bulgaars", "Oekraïens"), in any case, with surrounding spaces; diacritics are ignored.
   *
   * @param nationality the stored nationality; may be null
   * @return {@link #UNKNOWN} for null or blank, {@link #DUTCH} for "Nederlands", {@link #EU} for an
   *     adjective of another member state, and {@link #NON_EU} for anything else (also a
   *     misspelling: it is counted, not dropped)
   */
  public static NationalityGroup of(String nationality) {
    if (nationality == null || nationality.isBlank()) {
      return UNKNOWN;
    }
    String adjective = plain(nationality);
    if (adjective.equals("nederlands")) {
      return DUTCH;
    }
    return EU_ADJECTIVES.contains(adjective) ? EU : NON_EU;
  }

  /** Trimmed, lower case, with diacritics taken off ("Oekraïens" → "oekraiens"). */
  private static String plain(String text) {
    String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }
}
