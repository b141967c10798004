package nl.casustafel.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.casustafel.casefile.CareKind;
import nl.casustafel.casefile.ExploitationForm;
import nl.casustafel.registry.SignalSource;

/**
 * Counts the rows of {@link ProgressQueries} into the report's tables. Every table lists all its
 * codes, zeros and {@link #UNKNOWN} too, so that a table has the same rows whatever the data (a
 * missing row would say "zero" as plainly as a row with 0).
 */
final class ProgressCount {

  /** The code of a value the registry does not know (no form, no source, no municipality). */
  static final String UNKNOWN = "UNKNOWN";

  private static final List<String> GENDERS = List.of("V", "M", "X", "ONBEKEND");

  private ProgressCount() {}

  /** The situations of the period: by form, by municipality (region only), by signal source. */
  static FigureGroup situations(List<Object[]> rows, Optional<List<String>> region) {
    List<Distribution> tables = new ArrayList<>();
    tables.add(
        table("situations.form", rows, r -> r[0], withUnknown(names(ExploitationForm.values()))));
    region.ifPresent(
        names -> tables.add(table("situations.municipality", rows, r -> r[1], withUnknown(names))));
    tables.add(
        table("situations.source", rows, r -> r[2], withUnknown(names(SignalSource.values()))));
    return new FigureGroup("situations", tables);
  }

  /** The persons of the period's situations: by gender, age band at opening, nationality group. */
  static FigureGroup victims(List<Object[]> rows) {
    return new FigureGroup(
        "victims",
        List.of(
            table("victims.gender", rows, r -> gender(r[0]), GENDERS),
            table("victims.age", rows, ProgressCount::ageOfVictim, names(AgeBand.values())),
            table(
                "victims.nationality",
                rows,
                r -> NationalityGroup.of((String) r[3]).name(),
                names(NationalityGroup.values()))));
  }

  /** The advertisement reviews of the period: by verdict and by the advertiser's age band. */
  static FigureGroup advertisements(List<Object[]> rows) {
    return new FigureGroup(
        "advertisements",
        List.of(
            table(
                "advertisements.verdict",
                rows,
                r -> r[0],
                List.of("RISKY", "NOT_RISKY", "UNCLEAR")),
            table("advertisements.age", rows, r -> r[1], names(AgeBand.values()))));
  }

  /**
   * The care trajectories that started (day column 1), or that ended (column 2), in the period, by
   * kind: group {@code careStarted} with table {@code care.started}, or {@code careEnded} with
   * {@code care.ended}.
   */
  static FigureGroup care(List<Object[]> rows, Period period, boolean started) {
    int dayColumn = started ? 1 : 2;
    List<Object[]> within =
        rows.stream()
            .filter(
                r ->
                    ProgressQueries.day(r[dayColumn])
                        .filter(d -> !d.isBefore(period.from()) && !d.isAfter(period.to()))
                        .isPresent())
            .toList();
    return new FigureGroup(
        started ? "careStarted" : "careEnded",
        List.of(
            table(
                started ? "care.started" : "care.ended",
                within,
                r -> r[0],
                names(CareKind.values()))));
  }

  /**
   * The report's gender code (V, M, X, ONBEKEND) of a client's stored gender. The column holds free
   * text: the referral API and the demo write e.g. V or M, the GCOS import the enum name (FEMALE,
   * MALE, X, UNKNOWN); without this each spelling would become a row of its own.
   */
  static String gender(Object stored) {
    String text = stored == null ? "" : stored.toString().strip().toUpperCase(Locale.ROOT);
    return switch (text) {
      case "V", "F", "FEMALE", "VROUW" -> "V";
      case "M", "MALE", "MAN" -> "M";
      case "X" -> "X";
      default -> "ONBEKEND";
    };
  }

  private static String ageOfVictim(Object[] r) {
    Optional<Integer> year = Optional.ofNullable(r[2]).map(y -> ((Number) y).intValue());
    return AgeBand.at(ProgressQueries.day(r[1]), year, ProgressQueries.amsterdamDay(r[4])).name();
  }

  private static Distribution table(
      String key, List<Object[]> rows, Function<Object[], Object> code, List<String> codes) {
    Map<String, Long> counts = new LinkedHashMap<>();
    codes.forEach(c -> counts.put(c, 0L));
    for (Object[] row : rows) {
      Object value = code.apply(row);
      counts.merge(value == null ? UNKNOWN : value.toString(), 1L, Long::sum);
    }
    return new Distribution(
        key, counts.entrySet().stream().map(e -> new Tally(e.getKey(), e.getValue())).toList());
  }

  /**
   * The codes and {@link #UNKNOWN}, always: a row that appeared only when something is unknown
   * would tell a reader of a suppressed table that its count is at least 1.
   */
  private static List<String> withUnknown(List<String> codes) {
    List<String> all = new ArrayList<>(codes);
    all.add(UNKNOWN);
    return all;
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
