package nl.casustafel.bench.generate;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.casustafel.shared.UtcColumns;

/**
 * Writes a {@link CaseBatch} into the connection's current transaction (the caller commits), in the
 * order the foreign keys need: clients, cases, participations, information, status history.
 * Instants as UTC wall-clock time ({@link UtcColumns}), as the application stores them.
 */
final class CaseWriter {

  private final String tenant;

  CaseWriter(String tenant) {
    this.tenant = tenant;
  }

  /** Rows written per table, in the order written. */
  Map<String, Integer> write(Connection c, CaseBatch rows) throws SQLException {
    Map<String, Integer> written = new LinkedHashMap<>();
    written.put("client", clients().insert(c, rows.clients()));
    written.put("case_file", cases().insert(c, rows.cases()));
    written.put("case_participation", participations().insert(c, rows.participations()));
    written.put("case_information", information().insert(c, rows.information()));
    written.put("case_status_change", statusChanges().insert(c, rows.statusChanges()));
    return written;
  }

  private MultiInsert<CaseBatch.Client> clients() {
    return new MultiInsert<>(
        "client",
        List.of(
            "id",
            "tenant_id",
            "name",
            "date_of_birth",
            "gender",
            "nationality",
            "municipality",
            "registered_at"),
        (s, i, r) -> {
          s.setLong(i, r.id());
          s.setString(i + 1, tenant);
          s.setString(i + 2, r.name());
          s.setObject(i + 3, r.dateOfBirth());
          s.setString(i + 4, r.gender());
          s.setString(i + 5, r.nationality());
          s.setString(i + 6, r.municipality());
          UtcColumns.bind(s, i + 7, r.registeredAt());
        });
  }

  private MultiInsert<CaseBatch.Case> cases() {
    return new MultiInsert<>(
        "case_file",
        List.of(
            "id",
            "tenant_id",
            "reference",
            "type",
            "exploitation_form",
            "status",
            "lead_partner_id",
            "client_id",
            "opened_at",
            "closed_at"),
        (s, i, r) -> {
          s.setLong(i, r.id());
          s.setString(i + 1, tenant);
          s.setString(i + 2, r.reference());
          s.setString(i + 3, "HUMAN_TRAFFICKING");
          s.setString(i + 4, r.exploitationForm());
          s.setString(i + 5, r.status());
          s.setString(i + 6, r.leadPartner());
          s.setLong(i + 7, r.clientId());
          UtcColumns.bind(s, i + 8, r.openedAt());
          UtcColumns.bind(s, i + 9, r.closedAt());
        });
  }

  private MultiInsert<CaseBatch.Participation> participations() {
    return new MultiInsert<>(
        "case_participation",
        List.of("tenant_id", "case_id", "partner_id", "invited_by", "invited_at"),
        (s, i, r) -> {
          s.setString(i, tenant);
          s.setLong(i + 1, r.caseId());
          s.setString(i + 2, r.partner());
          s.setString(i + 3, r.invitedBy());
          UtcColumns.bind(s, i + 4, r.invitedAt());
        });
  }

  private MultiInsert<CaseBatch.Information> information() {
    return new MultiInsert<>(
        "case_information",
        List.of(
            "tenant_id", "case_id", "category", "provider_id", "body", "created_at", "created_by"),
        (s, i, r) -> {
          s.setString(i, tenant);
          s.setLong(i + 1, r.caseId());
          s.setString(i + 2, r.category());
          s.setString(i + 3, r.provider());
          s.setString(i + 4, r.body());
          UtcColumns.bind(s, i + 5, r.at());
          s.setString(i + 6, r.by());
        });
  }

  private MultiInsert<CaseBatch.StatusChange> statusChanges() {
    return new MultiInsert<>(
        "case_status_change",
        List.of("tenant_id", "case_id", "from_status", "to_status", "changed_at", "changed_by"),
        (s, i, r) -> {
          s.setString(i, tenant);
          s.setLong(i + 1, r.caseId());
          if (r.from() == null) {
            s.setNull(i + 2, Types.VARCHAR);
          } else {
            s.setString(i + 2, r.from());
          }
          s.setString(i + 3, r.to());
          UtcColumns.bind(s, i + 4, r.at());
          s.setString(i + 5, r.by());
        });
  }
}
