/**
 * The client-following registry (cliëntvolgend registreren): the rules about a person (client) and
 * their signals, referrals and cases that do not depend on storage — the citizen service number
 * ({@link nl.casustafel.registry.Bsn}) and how it is protected at rest ({@link
 * nl.casustafel.registry.BsnProtection}), likely duplicate persons ({@link
 * nl.casustafel.registry.DuplicateScore}), a repeat signal (herhaling, {@link
 * nl.casustafel.registry.RepeatRule}), retention after closure ({@link
 * nl.casustafel.registry.RetentionRule}) and the weekly triage cut-off ({@link
 * nl.casustafel.registry.TriageCutoff}).
 *
 * <p>Plain Java values and functions: no JPA, no CDI. Calendar days are Europe/Amsterdam days
 * ({@link nl.casustafel.shared.AmsterdamTime}); instants are UTC.
 */
package nl.casustafel.registry;
