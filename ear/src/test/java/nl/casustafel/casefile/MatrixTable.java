package nl.casustafel.casefile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the access matrix: "columns:" lines name the targets of the rows that follow. */
final class MatrixTable {

  /** One row: an endpoint (with an optional #variant), an account, an expectation per target. */
  record Row(
      String endpoint,
      String variant,
      String account,
      List<String> targets,
      List<String> expected) {

    String label() {
      return endpoint + (variant.isEmpty() ? "" : " #" + variant) + " as " + account;
    }
  }

  private MatrixTable() {}

  static List<Row> read(Path file) throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> targets = List.of();
    int number = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      number++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      List<String> cells = Arrays.stream(trimmed.split("\\|")).map(String::strip).toList();
      if (trimmed.startsWith("columns:")) {
        targets = cells.stream().map(c -> c.replace("columns:", "").strip()).toList();
        continue;
      }
      if (cells.size() != targets.size() + 2) {
        throw new IllegalArgumentException(
            file + ":" + number + ": " + (targets.size() + 2) + " cells expected: " + line);
      }
      String[] endpoint = cells.get(0).split(" #", 2);
      rows.add(
          new Row(
              endpoint[0].strip(),
              endpoint.length > 1 ? endpoint[1].strip() : "",
              cells.get(1),
              targets,
              cells.subList(2, cells.size())));
    }
    return rows;
  }
}
