/**
 * The local stack beside Liberty: an embedded MariaDB server for the demo and the tests, and the
 * check that tells a user in one line which variable to fix when an external database is wrong, the
 * verification of the data-sharing log, and the backup and restore of the database (with the
 * restore recorded in every tenant's log). Nothing here is deployed.
 */
package nl.casustafel.devstack;
