package nl.casustafel.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import nl.casustafel.it.ApiTest;

/** Removes every case a GCOS import made, with its clients, meetings and history (tests only). */
final class ImportedCases {

  private ImportedCases() {}

  static void remove() throws SQLException {
    try (Connection db = ApiTest.ownerDatabase()) {
      for (String sql :
          new String[] {
            "CREATE TEMPORARY TABLE gone AS SELECT id, client_id FROM case_file"
                + " WHERE gcos_number IS NOT NULL",
            "DELETE FROM case_meeting WHERE case_id IN (SELECT id FROM gone)",
            "DELETE FROM case_status_change WHERE case_id IN (SELECT id FROM gone)",
            "DELETE FROM case_participation WHERE case_id IN (SELECT id FROM gone)",
            "DELETE FROM case_file WHERE id IN (SELECT id FROM gone)",
            "DELETE FROM client WHERE id IN (SELECT client_id FROM gone)",
            "DROP TEMPORARY TABLE gone"
          }) {
        try (PreparedStatement s = db.prepareStatement(sql)) {
          s.executeUpdate();
        }
      }
    }
  }
}
