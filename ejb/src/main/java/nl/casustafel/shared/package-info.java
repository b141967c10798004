/**
 * What every domain needs: identifiers, paging, the schema migration at start-up, telling a
 * database that does not answer from other failures, and time — the one clock ({@link
 * nl.casustafel.shared.Clocks}), Amsterdam days ({@link nl.casustafel.shared.AmsterdamTime}) and
 * instants in DATETIME(6) columns as UTC ({@link nl.casustafel.shared.UtcColumns}).
 */
package nl.casustafel.shared;
