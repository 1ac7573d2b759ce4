package org.allianceledger.core.journey;

import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.core.alliance.Terms;
import org.allianceledger.core.alliance.TermsVersion;
import org.allianceledger.core.attribution.AttributionOutcome;
import org.allianceledger.core.attribution.Commission;
import org.allianceledger.core.attribution.ReferralAttribution;
import org.allianceledger.core.attribution.Touch;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.allianceledger.core.rule.Rule;
import org.allianceledger.core.rule.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One customer's referrals and conversions in one alliance. A conversion is attributed to the referrals recorded
 * so far, under the terms in force on its date, and stores its split; a refund posts the exact negative.
 * The alliance's status, partners, currency and terms arrive on each command ({@link AllianceContext}).
 * Not snapshotted: a journey holds one customer's few facts, so it loads quickly from its events.
 */
public class CustomerJourney {

    @AggregateIdentifier
    private JourneyId journeyId;
    private AllianceId allianceId;
    /** In recording order, which breaks ties between referrals made at the same instant. */
    private final List<Touch> referrals = new ArrayList<>();
    private final Set<ReferralId> referralIds = new HashSet<>();
    private final Map<ConversionId, ConversionRecorded> conversions = new HashMap<>();
    private final Set<ConversionId> reversed = new HashSet<>();

    protected CustomerJourney() {
        // for Axon, also to start a journey on its first referral or conversion
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordReferral command) {
        AllianceContext alliance = command.alliance();
        alliance.assertActive();
        alliance.assertPartner(command.referrer());
        assertReferredToAnotherPartner(command.referrer(), command.toPartner(), alliance);
        if (referralIds.contains(command.referralId())) {
            throw new RuleViolation(Rule.REFERRAL_ID_TAKEN,
                    "a referral with id " + command.referralId() + " is already recorded for this customer");
        }
        apply(new ReferralRecorded(command.journeyId(), command.allianceId(), command.customerRef(),
                command.referralId(), command.referrer(), command.toPartner(), command.occurredAt(),
                command.campaignId()));
    }

    /** @return the recorded conversion with its attribution, so the caller sees the commission at once */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    ConversionRecorded handle(RecordConversion command) {
        AllianceContext alliance = command.alliance();
        alliance.assertActive();
        alliance.assertPartner(command.receiver());
        assertPositiveIn(command.revenue(), alliance.currency());
        if (conversions.containsKey(command.conversionId())) {
            throw new RuleViolation(Rule.CONVERSION_ID_TAKEN,
                    "a conversion with id " + command.conversionId() + " is already recorded for this customer");
        }
        TermsVersion inForce = alliance.assertTermsInForceAt(command.occurredAt());
        Terms terms = inForce.terms();
        AttributionOutcome attribution = ReferralAttribution.attribute(command.receiver(), command.occurredAt(),
                terms.attribution(), referrals).inPartnerOrder(alliance.partners());
        Commission commission = Commission.on(command.revenue(), terms.referralCommissionBps(), attribution);
        ConversionRecorded recorded = new ConversionRecorded(command.journeyId(), command.allianceId(),
                command.customerRef(), command.conversionId(), command.receiver(), command.revenue(),
                command.occurredAt(), inForce.version(), attribution.weights(), commission.revenueByReferrer(),
                commission.commissionByReferrer(), commission.amount());
        apply(recorded);
        return recorded;
    }

    /** @return the refund: the exact negative of the original, dated at the original */
    @CommandHandler
    ConversionReversed handle(ReverseConversion command) {
        AllianceContext alliance = command.alliance();
        alliance.assertPartner(command.partner());
        alliance.assertStarted();
        ConversionRecorded conversion = assertRefundableBy(command.conversionId(), command.partner());
        ConversionReversed refund = new ConversionReversed(journeyId, allianceId, conversion.conversionId(),
                conversion.receiver(), conversion.revenue().negate(), conversion.occurredAt(),
                conversion.termsVersion(), conversion.weights(), negated(conversion.revenueShares()),
                negated(conversion.commissionShares()), conversion.commission().negate(), command.reason());
        apply(refund);
        return refund;
    }

    private static void assertReferredToAnotherPartner(PartnerId referrer, PartnerId toPartner,
                                                       AllianceContext alliance) {
        if (referrer.equals(toPartner)) {
            throw new RuleViolation(Rule.REFERRAL_TO_SELF, "partner " + referrer
                    + " cannot refer a customer to itself; a referral earns commission only from another partner");
        }
        if (!alliance.partners().contains(toPartner)) {
            throw new RuleViolation(Rule.NOT_A_PARTNER_OF_ALLIANCE, "a customer can only be referred to a partner"
                    + " of this alliance; " + toPartner + " is not one");
        }
    }

    private static void assertPositiveIn(Money revenue, Currency currency) {
        revenue.assertCurrency(currency);
        if (!revenue.isPositive()) {
            throw new RuleViolation(Rule.AMOUNT_MUST_BE_POSITIVE,
                    "the revenue must be positive, got " + revenue + "; a refund is recorded as a reversal");
        }
    }

    private ConversionRecorded assertRefundableBy(ConversionId conversionId, PartnerId partner) {
        ConversionRecorded conversion = conversions.get(conversionId);
        if (conversion == null) {
            throw new RuleViolation(Rule.NO_SUCH_CONVERSION,
                    "no conversion " + conversionId + " is recorded for this customer");
        }
        if (!conversion.receiver().equals(partner)) {
            throw new RuleViolation(Rule.ONLY_RECEIVER_MAY_REFUND, "only " + conversion.receiver()
                    + ", which earned the revenue of conversion " + conversionId + ", may refund it");
        }
        if (reversed.contains(conversionId)) {
            throw new RuleViolation(Rule.CONVERSION_ALREADY_REVERSED,
                    "conversion " + conversionId + " is already refunded");
        }
        return conversion;
    }

    private static Map<PartnerId, Money> negated(Map<PartnerId, Money> shares) {
        Map<PartnerId, Money> negated = new LinkedHashMap<>();
        shares.forEach((partner, share) -> negated.put(partner, share.negate()));
        return negated;
    }

    @EventSourcingHandler
    void on(ReferralRecorded event) {
        journeyId = event.journeyId();
        allianceId = event.allianceId();
        referralIds.add(event.referralId());
        referrals.add(new Touch(event.referralId().value(), event.referrer(), event.toPartner(), event.occurredAt()));
    }

    @EventSourcingHandler
    void on(ConversionRecorded event) {
        // a journey may start with a conversion that no referral preceded
        journeyId = event.journeyId();
        allianceId = event.allianceId();
        conversions.put(event.conversionId(), event);
    }

    @EventSourcingHandler
    void on(ConversionReversed event) {
        reversed.add(event.conversionId());
    }
}
