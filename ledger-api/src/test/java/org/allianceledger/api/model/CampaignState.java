package org.allianceledger.api.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A campaign as the model keeps it: its dates, and per partner what it committed and its share of spend so far. */
final class CampaignState {

    final String campaignId;
    final LocalDate startsOn;
    final LocalDate endsOn;
    private boolean closed;
    private final Map<String, BigDecimal> committed;
    private final Map<String, BigDecimal> spent;
    /** The invoices of spend not reversed: vendor without case, and reference. */
    private final Set<String> invoices;

    CampaignState(String campaignId, LocalDate startsOn, LocalDate endsOn, List<String> partners) {
        this.campaignId = campaignId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.committed = zeros(partners);
        this.spent = zeros(partners);
        this.invoices = new HashSet<>();
    }

    private CampaignState(CampaignState original) {
        campaignId = original.campaignId;
        startsOn = original.startsOn;
        endsOn = original.endsOn;
        closed = original.closed;
        committed = new LinkedHashMap<>(original.committed);
        spent = new LinkedHashMap<>(original.spent);
        invoices = new HashSet<>(original.invoices);
    }

    CampaignState copy() {
        return new CampaignState(this);
    }

    static String invoice(String vendor, String invoiceRef) {
        return vendor.strip().toLowerCase(Locale.ROOT) + " / " + invoiceRef.strip();
    }

    boolean closed() {
        return closed;
    }

    Map<String, BigDecimal> committed() {
        return committed;
    }

    Map<String, BigDecimal> spent() {
        return spent;
    }

    boolean covers(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }

    boolean hasInvoice(String invoice) {
        return invoices.contains(invoice);
    }

    /** The first partner whose positive share would take its spend in the campaign over its commitment. */
    Optional<String> overCommitment(Map<String, BigDecimal> shares) {
        return shares.entrySet().stream()
                .filter(share -> share.getValue().signum() > 0)
                .filter(share -> spent.get(share.getKey()).add(share.getValue()).compareTo(committed.get(share.getKey())) > 0)
                .map(Map.Entry::getKey)
                .findFirst();
    }

    void commit(String partner, BigDecimal amount) {
        committed.merge(partner, amount, BigDecimal::add);
    }

    void book(String invoice, Map<String, BigDecimal> shares) {
        invoices.add(invoice);
        shares.forEach((partner, share) -> spent.merge(partner, share, BigDecimal::add));
    }

    /** A reversal frees the budget and the invoice. */
    void unbook(String invoice, Map<String, BigDecimal> shares) {
        invoices.remove(invoice);
        shares.forEach((partner, share) -> spent.merge(partner, share.negate(), BigDecimal::add));
    }

    void close() {
        closed = true;
    }

    private static Map<String, BigDecimal> zeros(List<String> partners) {
        Map<String, BigDecimal> zeros = new LinkedHashMap<>();
        partners.forEach(partner -> zeros.put(partner, BigDecimal.ZERO.setScale(Split.CENT_SCALE)));
        return zeros;
    }
}
