package nl.casustafel.casefile.trafficking;

import java.util.Optional;

/**
 * The trafficking details under the covenant's JUSTICE (criminal-law data, AVG art. 10): the
 * residence procedure for victims (B8) and where the police report (aangifte) stands.
 */
public record JusticeFacts(
    Optional<ResidenceProcedure> residence, Optional<PoliceReport> policeReport) {}
