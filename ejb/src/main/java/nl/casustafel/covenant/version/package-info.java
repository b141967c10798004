/**
 * Versions of a privacy covenant (privacyconvenant), as plain values: the terms of a version
 * ({@link nl.casustafel.covenant.version.CovenantTerms}), the rules a draft version must meet
 * before it may be scheduled ({@link nl.casustafel.covenant.version.DraftRules}), the difference
 * between the version in force and a draft ({@link nl.casustafel.covenant.version.TermsDiff}) and
 * what that difference does to the partners' open cases ({@link
 * nl.casustafel.covenant.version.EffectPreview}).
 *
 * <p>Nothing here touches the database or the container: the services that draft, schedule and sign
 * versions load the entities, call these classes and store the result.
 */
package nl.casustafel.covenant.version;
