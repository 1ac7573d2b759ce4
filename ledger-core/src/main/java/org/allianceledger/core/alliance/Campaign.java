package org.allianceledger.core.alliance;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.allianceledger.core.rule.Rule;
import org.allianceledger.core.rule.RuleViolation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A campaign of an alliance: its dates, each partner's commitment and the share of spend allocated to
 * each partner so far, and what reversing each spend recorded in it needs. An entity of the {@link Alliance}
 * aggregate.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class Campaign {

    private final CampaignId campaignId;
    private final LocalDate startsOn;
    private final LocalDate endsOn;
    private boolean closed;
    private final Map<PartnerId, Money> committed = new HashMap<>();
    private final Map<PartnerId, Money> allocated = new HashMap<>();
    private final Map<SpendId, RecordedSpend> spends = new HashMap<>();
    private final Set<SpendId> reversed = new HashSet<>();
    private final Set<String> invoices = new HashSet<>();

    @JsonCreator
    Campaign(@JsonProperty("campaignId") CampaignId campaignId, @JsonProperty("startsOn") LocalDate startsOn,
             @JsonProperty("endsOn") LocalDate endsOn) {
        this.campaignId = campaignId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    void assertOpen() {
        if (closed) {
            throw new RuleViolation(Rule.CAMPAIGN_CLOSED, "campaign " + campaignId + " is closed");
        }
    }

    void assertWithinDates(LocalDate incurredOn) {
        if (incurredOn.isBefore(startsOn) || incurredOn.isAfter(endsOn)) {
            throw new RuleViolation(Rule.SPEND_OUTSIDE_CAMPAIGN, "spend incurred on " + incurredOn
                    + " falls outside the campaign, which runs from " + startsOn + " to " + endsOn);
        }
    }

    void assertInvoiceNotRecorded(String vendor, String invoiceRef) {
        if (invoices.contains(invoiceKey(vendor, invoiceRef))) {
            throw new RuleViolation(Rule.DUPLICATE_INVOICE, "invoice " + invoiceRef.strip() + " of " + vendor.strip()
                    + " is already recorded in this campaign");
        }
    }

    /** No partner's cumulative share of spend may exceed what it committed to the campaign. */
    void assertWithinCommitment(Map<PartnerId, Money> shares) {
        shares.forEach((partner, share) -> {
            if (!share.isPositive()) {
                return;
            }
            Money afterSpend = allocated.getOrDefault(partner, Money.zero(share.currency())).plus(share);
            Money commitment = committed.getOrDefault(partner, Money.zero(share.currency()));
            if (afterSpend.compareTo(commitment) > 0) {
                throw new RuleViolation(Rule.BUDGET_EXCEEDED, "partner " + partner + "'s share of this spend, "
                        + share + ", would bring its spend in the campaign to " + afterSpend
                        + ", over its commitment of " + commitment);
            }
        });
    }

    RecordedSpend assertReversibleBy(SpendId spendId, PartnerId partner) {
        RecordedSpend spend = spends.get(spendId);
        if (spend == null) {
            throw new RuleViolation(Rule.NO_SUCH_SPEND, "no spend " + spendId + " is recorded in campaign " + campaignId);
        }
        if (!spend.payer().equals(partner)) {
            throw new RuleViolation(Rule.ONLY_PAYER_MAY_REVERSE,
                    "only " + spend.payer() + ", who paid spend " + spendId + ", may reverse it");
        }
        if (reversed.contains(spendId)) {
            throw new RuleViolation(Rule.SPEND_ALREADY_REVERSED, "spend " + spendId + " is already reversed");
        }
        return spend;
    }

    void commit(PartnerId partner, Money amount) {
        committed.merge(partner, amount, Money::plus);
    }

    void record(SpendRecorded spend) {
        String invoice = invoiceKey(spend.vendor(), spend.invoiceRef());
        spends.put(spend.spendId(), new RecordedSpend(spend.payer(), spend.amount(), spend.incurredOn(),
                spend.termsVersion(), spend.shares(), invoice));
        invoices.add(invoice);
        spend.shares().forEach((partner, share) -> allocated.merge(partner, share, Money::plus));
    }

    /** A reversed spend frees its budget and its invoice number, so a corrected invoice can be recorded. */
    void reverse(SpendReversed reversal) {
        reversed.add(reversal.spendId());
        invoices.remove(spends.get(reversal.spendId()).invoice());
        reversal.shares().forEach((partner, share) -> allocated.merge(partner, share, Money::plus));
    }

    void close() {
        closed = true;
    }

    /** One invoice: the vendor's name compared without case or surrounding spaces, the reference as written. */
    private static String invoiceKey(String vendor, String invoiceRef) {
        return vendor.strip().toLowerCase(Locale.ROOT) + "\u0000" + invoiceRef.strip();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Campaign that
                && campaignId.equals(that.campaignId) && startsOn.equals(that.startsOn) && endsOn.equals(that.endsOn)
                && closed == that.closed && committed.equals(that.committed) && allocated.equals(that.allocated)
                && spends.equals(that.spends) && reversed.equals(that.reversed) && invoices.equals(that.invoices);
    }

    @Override
    public int hashCode() {
        return Objects.hash(campaignId, closed, committed, allocated, spends.keySet());
    }
}
