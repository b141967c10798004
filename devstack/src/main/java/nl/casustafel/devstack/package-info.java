/**
 * The local stack beside Liberty: an embedded MariaDB server for the demo and the tests, and the
 * check that tells a user in one line which variable to fix when an external database is wrong.
 * Nothing here is deployed.
 */
package nl.casustafel.devstack;
