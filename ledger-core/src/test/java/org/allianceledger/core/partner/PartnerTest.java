package org.allianceledger.core.partner;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartnerTest {

    private final AggregateTestFixture<Partner> fixture = new AggregateTestFixture<>(Partner.class);

    @Test
    void anAdministratorRegistersAPartner() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPartner(PartnerId.of("acme"), " Acme Corp "))
                .expectEvents(new PartnerRegistered(PartnerId.of("acme"), "Acme Corp"));
    }

    @Test
    void aPartnerIdIsALowerCaseSlug() {
        assertThatThrownBy(() -> PartnerId.of("Acme Corp")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lower-case letters, digits or dashes");
        assertThatThrownBy(() -> PartnerId.of("a")).isInstanceOf(IllegalArgumentException.class);
    }
}
