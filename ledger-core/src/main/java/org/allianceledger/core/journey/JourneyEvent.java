package org.allianceledger.core.journey;

import org.allianceledger.core.alliance.AllianceId;

/** Facts recorded by the {@link CustomerJourney} aggregate; each names its alliance for the alliance's audit chain. */
public sealed interface JourneyEvent permits ReferralRecorded, ConversionRecorded, ConversionReversed {

    JourneyId journeyId();

    AllianceId allianceId();
}
