package nl.casustafel.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import nl.casustafel.it.ApiTest;

/**
 * Removes what a registry test made for one test person (by exact name): merges, referrals, the
 * cases opened from them with their participations, care and history, aliases and the clients.
 * Other tests assert the exact demo case lists, so nothing of a test may stay behind.
 */
final class RegistryCleanup {

  private RegistryCleanup() {}

  static void remove(String name) throws SQLException {
    String clients = "(SELECT id FROM (SELECT id FROM client WHERE name = ?) AS k)";
    String[] statements = {
      "UPDATE client SET merged_into = NULL WHERE name = ?",
      "DELETE FROM client_merge WHERE from_client_id IN " + clients,
      "DELETE FROM client_merge WHERE into_client_id IN " + clients,
      "DELETE FROM referral WHERE client_id IN " + clients,
      "DELETE p FROM case_participation p JOIN case_file c ON c.id = p.case_id"
          + " JOIN client k ON k.id = c.client_id WHERE k.name = ?",
      "DELETE e FROM care_episode e JOIN case_file c ON c.id = e.case_id"
          + " JOIN client k ON k.id = c.client_id WHERE k.name = ?",
      "DELETE s FROM case_status_change s JOIN case_file c ON c.id = s.case_id"
          + " JOIN client k ON k.id = c.client_id WHERE k.name = ?",
      "DELETE v FROM agenda_invitee v JOIN agenda_item i ON i.id = v.agenda_item_id"
          + " JOIN case_file c ON c.id = i.case_id JOIN client k ON k.id = c.client_id"
          + " WHERE k.name = ?",
      "DELETE i FROM agenda_item i JOIN case_file c ON c.id = i.case_id"
          + " JOIN client k ON k.id = c.client_id WHERE k.name = ?",
      "DELETE c FROM case_file c JOIN client k ON k.id = c.client_id WHERE k.name = ?",
      "DELETE FROM client_alias WHERE client_id IN " + clients,
      "DELETE FROM client WHERE name = ?"
    };
    try (Connection db = ApiTest.ownerDatabase()) {
      for (String sql : statements) {
        try (PreparedStatement s = db.prepareStatement(sql)) {
          s.setString(1, name);
          s.executeUpdate();
        }
      }
    }
  }

  /** One number from the database (the application's account). */
  static long count(String sql, Object... args) throws SQLException {
    try (Connection db = ApiTest.database();
        PreparedStatement s = db.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (var r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
