/**
 * What every domain needs: identifiers, paging, the schema migration at start-up, and telling a
 * database that does not answer from other failures.
 */
package nl.casustafel.shared;
