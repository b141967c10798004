package nl.casustafel.shared;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The MariaDB accounts of one user name, one per host it may connect from, written as {@code GRANT}
 * and {@code CREATE USER} name them: {@code 'casustafel_app'@'%'}. The application's account is
 * {@code CASUSTAFEL_DB_USER} at each host of {@code CASUSTAFEL_DB_APP_HOSTS}; the schema owner
 * grants to exactly these (Flyway placeholder {@code appAccounts}, see {@code R__app_grants.sql}).
 *
 * <p>Design notice: the names come from configuration and end up inside SQL, so only the characters
 * MariaDB account names and host patterns need are accepted (no quotes, no spaces); a value with
 * anything else stops the start with the variable to fix.
 */
public record DatabaseAccounts(String user, List<String> hosts) {

  private static final Pattern USER = Pattern.compile("[A-Za-z0-9_$-]{1,80}");
  // Host names, IPv4/IPv6 addresses, netmasks (10.0.0.0/255.0.0.0) and the wildcards % and _.
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9_.%:/-]{1,255}");

  public DatabaseAccounts {
    if (user == null || !USER.matcher(user).matches()) {
      throw new IllegalArgumentException(
          "A database user name (CASUSTAFEL_DB_USER, CASUSTAFEL_DB_OWNER_USER) may hold letters,"
              + " digits, _ $ - only: "
              + user);
    }
    hosts = List.copyOf(hosts);
    if (hosts.isEmpty() || !hosts.stream().allMatch(h -> HOST.matcher(h).matches())) {
      throw new IllegalArgumentException(
          "CASUSTAFEL_DB_APP_HOSTS must list hosts or patterns such as % or 10.0.%: " + hosts);
    }
  }

  /**
   * From a user name and a comma-separated host list ({@code "127.0.0.1, localhost"}); blanks
   * around the commas are ignored.
   */
  public static DatabaseAccounts of(String user, String hostList) {
    List<String> hosts =
        Arrays.stream(hostList == null ? new String[0] : hostList.split(","))
            .map(String::strip)
            .filter(h -> !h.isEmpty())
            .toList();
    return new DatabaseAccounts(user, hosts);
  }

  /** Each account on its own: {@code 'user'@'host'}. */
  public List<String> names() {
    return hosts.stream().map(h -> "'" + user + "'@'" + h + "'").toList();
  }

  /** All accounts as the list after {@code GRANT ... TO}. */
  public String sqlList() {
    return String.join(", ", names());
  }
}
