package nl.casustafel.registry;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person's name reduced to what tells two people apart, so that spelling conventions do not count
 * as differences: lower case, without diacritics ({@code "Zoë"} = {@code "Zoe"}), without
 * punctuation and extra whitespace, without the Dutch tussenvoegsels ({@code "van der Berg"} =
 * {@code "Berg"}) and with its words sorted ({@code "Jansen, Piet"} = {@code "Piet Jansen"}).
 *
 * <p>Design notice: diacritics are removed by Unicode compatibility decomposition (NFKD) and
 * dropping the combining marks; the common letters that do not decompose are folded by hand ({@code
 * ı ø ł đ ß æ œ} → {@code i o l d ss ae oe}), so that upper case ({@code "YILMAZ"}) and lower case
 * ({@code "Yılmaz"}) compare equal. Other such letters stay as they are, and Jaro-Winkler counts
 * them as one different letter. Apostrophes inside a word are dropped ({@code "O'Brien"} = {@code
 * "OBrien"}); {@code 't} and {@code 's} count as tussenvoegsels.
 */
final class ComparableName {

  /** Tussenvoegsels as separate words; {@code "van der"} is {@code "van"} + {@code "der"}. */
  private static final Set<String> TUSSENVOEGSELS =
      Set.of("van", "de", "der", "den", "ten", "ter", "het", "la", "le", "'t", "'s");

  /** Lower-case letters without a decomposition, and their plain Latin spelling. */
  private static final String[][] FOLDS = {
    {"ı", "i"}, {"ø", "o"}, {"ł", "l"}, {"đ", "d"}, {"ß", "ss"}, {"æ", "ae"}, {"œ", "oe"}
  };

  private ComparableName() {}

  /** The comparable form of a name: its remaining words, sorted, joined by one space. */
  static String of(String fullName) {
    String folded =
        Normalizer.normalize(fullName, Normalizer.Form.NFKD)
            .toLowerCase(Locale.ROOT)
            .replaceAll("\\p{M}+", "")
            .replaceAll("[\u2018\u2019`\u00B4]", "'");
    for (String[] fold : FOLDS) {
      folded = folded.replace(fold[0], fold[1]);
    }
    return Arrays.stream(folded.split("[^\\p{L}\\p{N}']+"))
        .filter(word -> !TUSSENVOEGSELS.contains(word))
        .map(word -> word.replace("'", ""))
        .filter(word -> !word.isEmpty())
        .sorted()
        .collect(Collectors.joining(" "));
  }
}
