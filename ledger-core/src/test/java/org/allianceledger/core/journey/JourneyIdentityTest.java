package org.allianceledger.core.journey;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.allianceledger.core.alliance.AllianceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.UUID;

import static org.allianceledger.core.journey.JourneyTest.ACME;
import static org.allianceledger.core.journey.JourneyTest.ALLIANCE;
import static org.allianceledger.core.journey.JourneyTest.CONVERSION_AT;
import static org.allianceledger.core.journey.JourneyTest.CUSTOMER;
import static org.allianceledger.core.journey.JourneyTest.GLOBEX;
import static org.allianceledger.core.journey.JourneyTest.INITECH;
import static org.allianceledger.core.journey.JourneyTest.JOURNEY;
import static org.allianceledger.core.journey.JourneyTest.active;
import static org.allianceledger.core.journey.JourneyTest.converted;
import static org.allianceledger.core.journey.JourneyTest.referralId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Journey ids, customer references and the journey's events as JSON. */
class JourneyIdentityTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void aJourneyIsNamedByItsAllianceAndCustomer() {
        JourneyId journey = JourneyId.of(ALLIANCE, CustomerRef.of("cust-8f3a"));

        assertThat(journey.toString()).isEqualTo("00000000-0000-0000-0000-000000000001:cust-8f3a");
        assertThat(journey).isEqualTo(JourneyId.of("00000000-0000-0000-0000-000000000001:cust-8f3a"));
        assertThat(JourneyId.of("00000000-0000-0000-0000-000000000001:cust:with:colons").allianceId())
                .isEqualTo(ALLIANCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cust-8f3a", "A", "crm:4711", "v2.customer_09", "0123456789012345678901234567890123456789012345678901234567890123"})
    void aCustomerReferenceIsAShortPseudonym(String reference) {
        assertThat(CustomerRef.of(reference).value()).isEqualTo(reference);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "jane.doe@example.com", "Jane Doe", "kund-müller", "a/b",
            "01234567890123456789012345678901234567890123456789012345678901234"})
    void anythingThatIsNotAShortPseudonymIsRefusedWithoutEchoingIt(String reference) {
        assertThatThrownBy(() -> CustomerRef.of(reference))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("never personal data")
                .satisfies(refused -> {
                    if (!reference.isEmpty()) {
                        assertThat(refused.getMessage()).doesNotContain(reference);
                    }
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"cust-8f3a", "00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-000000000001:",
            "00000000-0000-0000-0000-000000000001:jane doe", "0-0-0-0-1:cust-8f3a________________________",
            "00000000-0000-0000-0000-00000000000G:cust-8f3a"})
    void aJourneyIdMustBeAnAllianceIdAndACustomerReference(String value) {
        assertThatThrownBy(() -> JourneyId.of(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCommandMustNameTheJourneyOfItsAllianceAndCustomer() {
        JourneyId otherCustomer = JourneyId.of(ALLIANCE, CustomerRef.of("cust-0000"));
        AllianceId otherAlliance = new AllianceId(UUID.fromString("00000000-0000-0000-0000-000000000002"));

        assertThatThrownBy(() -> new RecordReferral(otherCustomer, ALLIANCE, CUSTOMER, referralId(1), ACME, GLOBEX,
                Instant.parse("2027-01-20T10:00:00Z"), null, active()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecordConversion(JOURNEY, otherAlliance, CUSTOMER,
                new ConversionId(new UUID(0, 1)), GLOBEX, JourneyTest.eur("1.00"), Instant.parse(CONVERSION_AT), active()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idsAreWrittenAsPlainStrings() throws Exception {
        assertThat(json.writeValueAsString(JOURNEY)).isEqualTo("\"00000000-0000-0000-0000-000000000001:cust-8f3a\"");
        assertThat(json.readValue("\"cust-8f3a\"", CustomerRef.class)).isEqualTo(CUSTOMER);
        assertThat(json.writeValueAsString(referralId(1))).isEqualTo("\"00000000-0000-000b-0000-000000000001\"");
    }

    @Test
    void aConversionSurvivesJsonWithItsReferrersInOrder() throws Exception {
        ConversionRecorded conversion = converted(INITECH, "100.00", CONVERSION_AT, 1, "10.00",
                new JourneyTest.Share(GLOBEX, 1, "33.33", "3.33"), new JourneyTest.Share(ACME, 2, "66.67", "6.67"));

        ConversionRecorded restored = json.readValue(json.writeValueAsString(conversion), ConversionRecorded.class);

        assertThat(restored).isEqualTo(conversion);
        assertThat(restored.weights().keySet()).containsExactly(GLOBEX, ACME);
        assertThat(restored.commissionShares().keySet()).containsExactly(GLOBEX, ACME);
    }

    @Test
    void aReferralWithoutCampaignSurvivesJson() throws Exception {
        ReferralRecorded referral = JourneyTest.referred(1, ACME, GLOBEX, "2027-01-20T10:00:00Z");

        assertThat(json.readValue(json.writeValueAsString(referral), ReferralRecorded.class)).isEqualTo(referral);
    }
}
