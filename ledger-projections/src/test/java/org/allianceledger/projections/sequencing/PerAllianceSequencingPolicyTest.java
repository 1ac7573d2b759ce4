package org.allianceledger.projections.sequencing;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PerAllianceSequencingPolicyTest {

    private static final String ALLIANCE = "6f1c2a4e-0000-4000-8000-000000000001";
    private final PerAllianceSequencingPolicy policy = new PerAllianceSequencingPolicy();

    @Test
    void anAlliancesJourneysShareItsSequence() {
        Object alliance = policy.getSequenceIdentifierFor(new GenericDomainEventMessage<>("Alliance", ALLIANCE, 3, "spend"));
        Object journey = policy.getSequenceIdentifierFor(
                new GenericDomainEventMessage<>("CustomerJourney", ALLIANCE + ":cust-8f3a", 0, "conversion"));

        assertThat(journey).isEqualTo(alliance).isEqualTo(ALLIANCE);
    }

    @Test
    void otherAlliancesAndPartnersHaveTheirOwnSequence() {
        Object other = policy.getSequenceIdentifierFor(
                new GenericDomainEventMessage<>("CustomerJourney", "7f1c2a4e-0000-4000-8000-000000000002:cust-8f3a", 0, "x"));
        Object partner = policy.getSequenceIdentifierFor(new GenericDomainEventMessage<>("Partner", "acme", 0, "x"));

        assertThat(other).isNotEqualTo(ALLIANCE);
        assertThat(partner).isEqualTo("acme");
    }

    @Test
    void anEventOutsideAnyStreamIsASequenceOfItsOwn() {
        GenericEventMessage<String> event = new GenericEventMessage<>("x");

        assertThat(policy.getSequenceIdentifierFor(event)).isEqualTo(event.getIdentifier());
    }
}
