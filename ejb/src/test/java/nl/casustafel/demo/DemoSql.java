package nl.casustafel.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows a generated demo script inserts, read back from its INSERTs. It relies on the format of
 * docs/demo-2019/generate.py: the column list on the INSERT line, then one row per line, the last
 * ending in ");". Values are kept as SQL text without quotes; NULL becomes null.
 */
final class DemoSql {

  private static final Pattern INSERT = Pattern.compile("INSERT INTO (\\w+) \\(([^)]*)\\) VALUES");

  private final Map<String, List<Map<String, String>>> tables = new HashMap<>();

  private DemoSql() {}

  /** Reads a script from the class path, e.g. {@code /db/demo/R__demo.sql} (UTF-8). */
  static DemoSql read(String resource) throws IOException {
    try (InputStream in = DemoSql.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("not on the class path: " + resource);
      }
      DemoSql sql = new DemoSql();
      sql.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
      return sql;
    }
  }

  /** The rows inserted into the table, column name to value, in file order; empty if none. */
  List<Map<String, String>> rows(String table) {
    return tables.getOrDefault(table, List.of());
  }

  private void parse(String[] lines) {
    for (int i = 0; i < lines.length; i++) {
      Matcher insert = INSERT.matcher(lines[i]);
      if (!insert.matches()) {
        continue;
      }
      String[] columns = insert.group(2).split(", ");
      List<Map<String, String>> rows =
          tables.computeIfAbsent(insert.group(1), t -> new ArrayList<>());
      String line;
      do {
        line = lines[++i].strip();
        rows.add(row(columns, line.substring(1, line.length() - 2)));
      } while (!line.endsWith(");"));
    }
  }

  private static Map<String, String> row(String[] columns, String tuple) {
    List<String> values = values(tuple);
    if (values.size() != columns.length) {
      throw new IllegalStateException(columns.length + " columns, values: " + tuple);
    }
    Map<String, String> row = new LinkedHashMap<>();
    for (int c = 0; c < columns.length; c++) {
      row.put(columns[c], values.get(c));
    }
    return row;
  }

  /** The values of a row; a quote inside a string is doubled (''), commas there are text. */
  static List<String> values(String tuple) {
    List<String> values = new ArrayList<>();
    StringBuilder value = new StringBuilder();
    boolean quoted = false;
    boolean string = false;
    for (int i = 0; i < tuple.length(); i++) {
      char ch = tuple.charAt(i);
      if (quoted && ch == '\'' && i + 1 < tuple.length() && tuple.charAt(i + 1) == '\'') {
        value.append(ch);
        i++;
      } else if (ch == '\'') {
        quoted = !quoted;
        string = true;
      } else if (!quoted && ch == ',') {
        values.add(finish(value, string));
        value.setLength(0);
        string = false;
      } else if (quoted || ch != ' ') {
        value.append(ch);
      }
    }
    values.add(finish(value, string));
    return values;
  }

  private static String finish(StringBuilder value, boolean string) {
    String text = value.toString();
    return !string && text.equals("NULL") ? null : text;
  }
}
