/**
 * The privacy covenant (privacyconvenant) of a tenant and the partners' signatures on it
 * (toetredingen): which data categories a partner may receive and provide, for which purpose, on
 * which article. The policy decision point reads nothing else to decide what a partner may see.
 */
package nl.casustafel.covenant;
