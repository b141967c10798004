/**
 * Import from GCOS, the registration system Casustafel replaces. GCOS registers meetings, not
 * people: its export has one row per registered meeting. This package turns such a file into the
 * client-following model — rows with the same registration number are one case with its meetings,
 * rows of the same person are one client with several cases — without touching a database.
 *
 * <p><em>Usage</em>: {@link nl.casustafel.registry.gcos.GcosImport#dryRun} gives a report per line;
 * {@link nl.casustafel.registry.gcos.GcosImport#commit} repeats the dry run, refuses when any line
 * was rejected and otherwise feeds {@link nl.casustafel.registry.gcos.ImportCommand}s to an {@link
 * nl.casustafel.registry.gcos.ImportSink} in file order, so that the caller can store all of a file
 * in one transaction, or nothing. What the tenant already holds is asked through the port {@link
 * nl.casustafel.registry.gcos.ExistingRegistry}.
 *
 * <p><em>Design notice</em>: the file is read as a stream, several times (encoding check, dry run,
 * commit); only small keys stay in memory (registration numbers, person keys, meeting dates).
 */
package nl.casustafel.registry.gcos;
