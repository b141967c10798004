/** What every domain needs: identifiers, paging and the schema migration at start-up. */
package nl.casustafel.shared;
