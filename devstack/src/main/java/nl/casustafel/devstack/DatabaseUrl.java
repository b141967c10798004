package nl.casustafel.devstack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the command-line clients connect: host, port and database of a JDBC URL such as {@code
 * jdbc:mariadb://db.example:3306/casustafel} ({@code CASUSTAFEL_DB_URL}). Query parameters are
 * ignored; a URL with several hosts or the {@code address=(...)} form is refused, since the clients
 * take one host.
 */
record DatabaseUrl(String host, int port, String database) {

  private static final int DEFAULT_PORT = 3306;

  private static final Pattern URL =
      Pattern.compile(
          "jdbc:(?:mariadb|mysql)://(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9_.-]+)(?::(\\d{1,5}))?"
              + "/([A-Za-z0-9_]+)(?:\\?.*)?");

  /** The URL's parts; IllegalArgumentException naming CASUSTAFEL_DB_URL when it has none. */
  static DatabaseUrl parse(String url) {
    Matcher m = URL.matcher(url == null ? "" : url.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "CASUSTAFEL_DB_URL must look like jdbc:mariadb://host:3306/casustafel (one host, a"
              + " database name of letters, digits and _), not: "
              + url);
    }
    String host = m.group(1).replace("[", "").replace("]", "");
    int port = m.group(2) == null ? DEFAULT_PORT : Integer.parseInt(m.group(2));
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("CASUSTAFEL_DB_URL has no valid port: " + url);
    }
    return new DatabaseUrl(host, port, m.group(3));
  }

  /** The JDBC URL of the database, with bounded waits for the tools' own connections. */
  String jdbc() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return "jdbc:mariadb://" + h + ":" + port + "/" + database + "?connectTimeout=5000";
  }
}
