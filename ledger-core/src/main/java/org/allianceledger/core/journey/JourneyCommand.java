package org.allianceledger.core.journey;

/** Commands handled by the {@link CustomerJourney} aggregate. */
public sealed interface JourneyCommand permits RecordReferral, RecordConversion, ReverseConversion {

    JourneyId journeyId();

    AllianceContext alliance();
}
