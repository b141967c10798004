/**
 * Trafficking details of a case (issue #13, part 1), after the IOM Human Trafficking Case Data
 * Standard and what CoMensha registers: the sector of labour exploitation, the municipality where
 * the exploitation took place, the victim status with who decided it and when, the means of
 * recruitment and control, the CoMensha registration (all VICTIM_STATUS), and the residence
 * procedure (B8) and the police report (aangifte), both JUSTICE.
 */
package nl.casustafel.casefile.trafficking;
