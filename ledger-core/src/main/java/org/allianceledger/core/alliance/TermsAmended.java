package org.allianceledger.core.alliance;

import org.axonframework.serialization.Revision;

/**
 * Every partner accepted the amendment: these terms are version {@code version}, in force for facts dated
 * on or after their effectiveFrom that are recorded from now on. Facts already recorded keep their price.
 */
@Revision("1")
public record TermsAmended(AllianceId allianceId, AmendmentId amendmentId, int version, Terms terms)
        implements AllianceEvent {
}
