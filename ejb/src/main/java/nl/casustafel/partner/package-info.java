/**
 * Partners (ketenpartners, convenantpartners): the organisations around the table — police, Veilig
 * Thuis, shelters, care providers, municipalities. A partner may work in several tenants.
 */
package nl.casustafel.partner;
