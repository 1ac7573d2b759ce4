package org.allianceledger.api.reliability;

import org.allianceledger.api.support.Concurrently;
import org.allianceledger.api.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each command sent once and retried 1 to 5 times at the same moment with one Idempotency-Key: one effect,
 * and every success is the same response. A 409 while the first is still running is allowed only when a
 * later retry then gets that same first response.
 */
class IdempotentRetriesIT extends ReliabilityLedger {

    /** A command: the path under the alliance, the body for a fresh client-chosen id, the event it records. */
    enum Command {
        SPEND("/campaigns/{campaign}/spend", "SpendRecorded", """
                {"spendId": "%s", "amount": {"amount": "10.00", "currency": "EUR"}, "category": "ADS",
                 "vendor": "Ad Network", "invoiceRef": "INV-%1$s", "incurredOn": "2027-01-10"}"""),
        REFERRAL("/referrals", "ReferralRecorded", """
                {"referralId": "%s", "toPartner": "globex", "customerRef": "c-%1$s", "occurredAt": "2027-01-20T10:00:00Z"}"""),
        CONVERSION("/conversions", "ConversionRecorded", """
                {"conversionId": "%s", "customerRef": "c-%1$s", "revenue": {"amount": "100.00", "currency": "EUR"},
                 "occurredAt": "2027-02-01T09:30:00Z"}"""),
        SETTLEMENT_PAYMENT("/settlement-payments", "SettlementPaymentRecorded", """
                {"paymentId": "%s", "toPartner": "globex", "amount": {"amount": "15.00", "currency": "EUR"},
                 "paidOn": "2027-04-01", "reference": "WIRE-%1$s"}"""),
        // a commitment has no id of its own: its one effect is found by the key in the event's metadata
        COMMITMENT("/campaigns/{campaign}/commitments", "BudgetCommitted", """
                {"amount": {"amount": "1.00", "currency": "EUR"}}""");

        final String path;
        final String event;
        final String body;

        Command(String path, String event, String body) {
            this.path = path;
            this.event = event;
            this.body = body;
        }
    }

    private String acme;
    private String alliance;
    private String campaignId;

    @BeforeEach
    void activeAllianceWithACampaign() {
        acme = scenario.partnerKey("acme");
        String globex = scenario.partnerKey("globex");
        String initech = scenario.partnerKey("initech");
        alliance = scenario.activeAlliance(acme, globex, initech);
        String campaign = scenario.fundedCampaign(alliance, "10000.00", acme, globex, initech);
        campaignId = campaign.substring(campaign.lastIndexOf('/') + 1);
    }

    static Stream<Arguments> commandsAndRetries() {
        return Stream.of(Command.values()).flatMap(command -> IntStream.rangeClosed(1, 5)
                .mapToObj(retries -> Arguments.of(command, retries)));
    }

    @ParameterizedTest(name = "{0} retried {1} times at once has one effect and one response")
    @MethodSource("commandsAndRetries")
    void aCommandRetriedConcurrentlyWithOneKeyHasOneEffectAndOneResponse(Command command, int retries) {
        String id = UUID.randomUUID().toString();
        String key = "retry-" + id;
        String path = alliance + command.path.replace("{campaign}", campaignId);
        String body = command.body.contains("%s") ? command.body.formatted(id) : command.body;

        List<Http.Response> responses = Concurrently.run(1 + retries,
                i -> http.post(path, acme, body, Map.of("Idempotency-Key", key)));
        Http.Response later = http.post(path, acme, body, Map.of("Idempotency-Key", key));

        assertThat(later.status()).as(later.raw()).isBetween(200, 299);
        assertThat(later.header("Idempotent-Replayed")).isEqualTo("true");
        for (Http.Response response : responses) {
            assertThat(response.status()).as(response.raw()).isIn(later.status(), 409);
            if (response.status() == 409) {
                assertThat(response.problem()).isEqualTo("conflict");
            } else {
                assertThat(response.raw()).isEqualTo(later.raw());
                assertThat(response.header("Location")).isEqualTo(later.header("Location"));
            }
        }
        assertThat(events().countWithIdempotencyKey(key)).as("events recorded under the key").isEqualTo(1);
        if (command != Command.COMMITMENT) {
            assertThat(events().countOf(command.event, id)).as("%s events with id %s", command.event, id).isEqualTo(1);
        }
    }
}
