package nl.casustafel.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The figures of the evaluation of 2019 (DOMAIN.md), the way the report counts them. */
final class Evaluation2019 {

  private Evaluation2019() {}

  static ProgressFigures region() {
    return figures(Optional.empty(), "Hilversum");
  }

  /** The same figures with a municipality's name typed as a formula. */
  static ProgressFigures withMunicipality(String name) {
    return figures(Optional.empty(), name);
  }

  private static ProgressFigures figures(Optional<String> municipality, String first) {
    FigureGroup situations =
        new FigureGroup(
            "situations",
            List.of(
                table("situations.form", "SEXUAL", 25, "LABOUR", 7, "CRIMINAL", 3, "OTHER", 1),
                table(
                    "situations.municipality",
                    first,
                    17,
                    "Gooise Meren",
                    6,
                    "Huizen",
                    5,
                    "Wijdemeren",
                    4,
                    "Weesp",
                    3,
                    "Blaricum",
                    1),
                table(
                    "situations.source",
                    "PROFESSIONAL",
                    20,
                    "MELD_MISDAAD_ANONIEM",
                    9,
                    "WATCH_NEDERLAND",
                    7)));
    FigureGroup advertisements =
        new FigureGroup(
            "advertisements",
            List.of(
                table("advertisements.verdict", "RISKY", 178, "NOT_RISKY", 240, "UNCLEAR", 15),
                table(
                    "advertisements.age",
                    "AGE_18_20",
                    2,
                    "AGE_21_25",
                    110,
                    "AGE_26_29",
                    161,
                    "AGE_30_39",
                    140,
                    "AGE_40_PLUS",
                    20)));
    return new ProgressFigures(
        Period.year(2019), municipality, List.of(situations, advertisements));
  }

  /** A table from code, count, code, count, … */
  static Distribution table(String key, Object... codesAndCounts) {
    List<Tally> cells = new ArrayList<>();
    for (int i = 0; i < codesAndCounts.length; i += 2) {
      cells.add(new Tally((String) codesAndCounts[i], ((Integer) codesAndCounts[i + 1])));
    }
    return new Distribution(key, cells);
  }
}
