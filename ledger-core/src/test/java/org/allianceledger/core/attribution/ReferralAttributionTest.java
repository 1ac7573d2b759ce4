package org.allianceledger.core.attribution;

import org.allianceledger.core.alliance.Attribution;
import org.allianceledger.core.partner.PartnerId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.allianceledger.core.alliance.AttributionModel.FIRST_TOUCH;
import static org.allianceledger.core.alliance.AttributionModel.LAST_TOUCH;
import static org.allianceledger.core.alliance.AttributionModel.LINEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferralAttributionTest {

    static final PartnerId ACME = PartnerId.of("acme");
    static final PartnerId GLOBEX = PartnerId.of("globex");
    static final PartnerId INITECH = PartnerId.of("initech");
    static final PartnerId UMBRELLA = PartnerId.of("umbrella");
    static final Instant CONVERSION = Instant.parse("2027-02-01T09:30:00Z");

    private int sequence;

    Touch touch(PartnerId referrer, PartnerId toPartner, String occurredAt) {
        return new Touch(new UUID(0, ++sequence), referrer, toPartner, Instant.parse(occurredAt));
    }

    @Test
    void withoutReferralsAConversionIsUnattributed() {
        AttributionOutcome outcome = ReferralAttribution.attribute(GLOBEX, CONVERSION, 30, LAST_TOUCH, List.of());

        assertThat(outcome.isUnattributed()).isTrue();
        assertThat(outcome).isEqualTo(AttributionOutcome.unattributed());
        assertThat(outcome.weights()).isEmpty();
    }

    @Test
    void theLookbackWindowIncludesBothEnds() {
        Touch atWindowStart = touch(ACME, GLOBEX, "2027-01-02T09:30:00Z");
        Touch justBefore = new Touch(new UUID(1, 1), ACME, GLOBEX, atWindowStart.occurredAt().minusNanos(1));
        Touch atConversion = touch(INITECH, GLOBEX, "2027-02-01T09:30:00Z");
        Touch justAfter = new Touch(new UUID(1, 2), INITECH, GLOBEX, CONVERSION.plus(Duration.ofSeconds(1)));

        AttributionOutcome outcome = ReferralAttribution.attribute(GLOBEX, CONVERSION, 30, LINEAR,
                List.of(justBefore, atWindowStart, atConversion, justAfter));

        assertThat(outcome.qualifying()).containsExactly(atWindowStart, atConversion);
    }

    @Test
    void onlyReferralsFromAnotherPartnerToTheReceivingPartnerQualify() {
        Touch toSomeoneElse = touch(ACME, INITECH, "2027-01-20T10:00:00Z");
        Touch toItself = touch(GLOBEX, GLOBEX, "2027-01-21T10:00:00Z");
        Touch qualifying = touch(ACME, GLOBEX, "2027-01-22T10:00:00Z");

        AttributionOutcome outcome = ReferralAttribution.attribute(GLOBEX, CONVERSION, 30, LINEAR,
                List.of(toSomeoneElse, toItself, qualifying));

        assertThat(outcome.qualifying()).containsExactly(qualifying);
        assertThat(outcome.weights()).containsExactly(Map.entry(ACME, 1));
    }

    @Test
    void noQualifyingReferralLeavesTheConversionUnattributed() {
        AttributionOutcome outcome = ReferralAttribution.attribute(GLOBEX, CONVERSION, 7, FIRST_TOUCH,
                List.of(touch(ACME, GLOBEX, "2027-01-20T10:00:00Z"), touch(ACME, INITECH, "2027-01-30T10:00:00Z")));

        assertThat(outcome.isUnattributed()).isTrue();
    }

    @Test
    void firstTouchGivesEverythingToTheEarliestReferral() {
        Touch late = touch(ACME, GLOBEX, "2027-01-25T10:00:00Z");
        Touch early = touch(INITECH, GLOBEX, "2027-01-10T10:00:00Z");

        AttributionOutcome outcome = ReferralAttribution.attribute(GLOBEX, CONVERSION, 30, FIRST_TOUCH, List.of(late, early));

        assertThat(outcome.credited()).containsExactly(early);
        assertThat(outcome.qualifying()).containsExactly(late, early);
        assertThat(outcome.weights()).containsExactly(Map.entry(INITECH, 1));
    }

    @Test
    void lastTouchGivesEverythingToTheLatestReferral() {
        Touch late = touch(ACME, GLOBEX, "2027-01-25T10:00:00Z");
        Touch early = touch(INITECH, GLOBEX, "2027-01-10T10:00:00Z");

        AttributionOutcome outcome = ReferralAttribution.attribute(GLOBEX, CONVERSION, 30, LAST_TOUCH, List.of(late, early));

        assertThat(outcome.credited()).containsExactly(late);
        assertThat(outcome.weights()).containsExactly(Map.entry(ACME, 1));
    }

    @Test
    void referralsAtTheSameInstantGoToTheOneRecordedFirst() {
        Touch recordedFirst = touch(INITECH, GLOBEX, "2027-01-20T10:00:00Z");
        Touch recordedSecond = touch(ACME, GLOBEX, "2027-01-20T10:00:00Z");
        List<Touch> touches = List.of(recordedFirst, recordedSecond);

        assertThat(ReferralAttribution.attribute(GLOBEX, CONVERSION, 30, FIRST_TOUCH, touches).credited())
                .containsExactly(recordedFirst);
        assertThat(ReferralAttribution.attribute(GLOBEX, CONVERSION, 30, LAST_TOUCH, touches).credited())
                .containsExactly(recordedFirst);
    }

    @Test
    void linearCountsEveryReferralSoAPartnerReferringTwiceCountsTwice() {
        Touch initechFirst = touch(INITECH, GLOBEX, "2027-01-25T10:00:00Z");
        Touch acme = touch(ACME, GLOBEX, "2027-01-10T10:00:00Z");
        Touch initechAgain = touch(INITECH, GLOBEX, "2027-01-28T10:00:00Z");
        Touch umbrella = touch(UMBRELLA, GLOBEX, "2027-01-29T10:00:00Z");

        AttributionOutcome outcome = ReferralAttribution.attribute(GLOBEX, CONVERSION, 30, LINEAR,
                List.of(initechFirst, acme, initechAgain, umbrella));

        assertThat(outcome.credited()).containsExactly(initechFirst, acme, initechAgain, umbrella);
        // referrers in the order they first appear in the recording order
        assertThat(outcome.weights()).containsExactly(Map.entry(INITECH, 2), Map.entry(ACME, 1), Map.entry(UMBRELLA, 1));
    }

    @Test
    void theTermsInForceCanBePassedWhole() {
        Touch referral = touch(ACME, GLOBEX, "2027-01-31T10:00:00Z");

        assertThat(ReferralAttribution.attribute(GLOBEX, CONVERSION, new Attribution(LAST_TOUCH, 1), List.of(referral))
                .weights()).containsExactly(Map.entry(ACME, 1));
    }

    @Test
    void theLookbackMustBeOneToThreeHundredSixtyFiveDays() {
        assertThatThrownBy(() -> ReferralAttribution.attribute(GLOBEX, CONVERSION, 0, LINEAR, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
