package org.allianceledger.projections.journal;

import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.core.alliance.SettlementPaymentRecorded;
import org.allianceledger.core.alliance.SpendRecorded;
import org.allianceledger.core.alliance.SpendReversed;
import org.allianceledger.core.journey.ConversionRecorded;
import org.allianceledger.core.journey.ConversionReversed;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.posting.Posting;
import org.allianceledger.core.posting.Postings;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.allianceledger.writemodel.support.Sql.utc;

/**
 * The double-entry journal and the partner balances: one journal entry per financial event with one line
 * per partner of the alliance (zero where the event does not touch the partner), lines summing to zero.
 * The entry is keyed by the event, so an event handled twice is booked once.
 */
@Component
@ProcessingGroup(JournalProjection.PROCESSING_GROUP)
public class JournalProjection {

    public static final String PROCESSING_GROUP = "journal";

    private final JdbcClient jdbc;

    public JournalProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A replay rebuilds the journal and the balances from the first event. */
    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE journal_line, journal_entry, partner_balance RESTART IDENTITY").update();
    }

    @EventHandler
    void on(SpendRecorded event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        book(new Entry(eventId, event.allianceId(), EntryKind.SPEND, event.incurredOn(), recordedAt, event.amount(),
                        event.termsVersion(), event.spendId().value(), event.campaignId().value(),
                        event.vendor() + " " + event.invoiceRef() + " paid by " + event.payer()),
                Postings.forSpend(event.payer(), event.amount(), event.shares()));
    }

    @EventHandler
    void on(SpendReversed event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        book(new Entry(eventId, event.allianceId(), EntryKind.SPEND_REVERSAL, event.incurredOn(), recordedAt,
                        event.amount(), event.termsVersion(), event.spendId().value(), event.campaignId().value(),
                        "reversal of spend " + event.spendId() + ": " + event.reason()),
                Postings.forSpend(event.payer(), event.amount(), event.shares()));
    }

    @EventHandler
    void on(SettlementPaymentRecorded event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        book(new Entry(eventId, event.allianceId(), EntryKind.SETTLEMENT_PAYMENT, event.paidOn(), recordedAt,
                        event.amount(), null, event.paymentId().value(), null,
                        event.payer() + " paid " + event.payee() + " (" + event.reference() + ")"),
                Postings.forSettlementPayment(event.payer(), event.payee(), event.amount()));
    }

    /** Commission: each referrer +its share, the receiving partner -the total; an unattributed sale books nothing. */
    @EventHandler
    void on(ConversionRecorded event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        if (!event.commissionShares().isEmpty()) {
            book(new Entry(eventId, event.allianceId(), EntryKind.COMMISSION, utcDate(event.occurredAt()), recordedAt,
                            event.commission(), event.termsVersion(), event.conversionId().value(), null,
                            "commission on the sale to " + event.customerRef() + " received by " + event.receiver()),
                    Postings.forCommission(event.receiver(), event.commissionShares()));
        }
    }

    /** A refund reverses the commission exactly, dated at the original sale. */
    @EventHandler
    void on(ConversionReversed event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        if (!event.commissionShares().isEmpty()) {
            book(new Entry(eventId, event.allianceId(), EntryKind.COMMISSION_REVERSAL, utcDate(event.occurredAt()),
                            recordedAt, event.commission(), event.termsVersion(), event.conversionId().value(), null,
                            "refund of conversion " + event.conversionId() + ": " + event.reason()),
                    Postings.forCommission(event.receiver(), event.commissionShares()));
        }
    }

    /** A sale is dated by its UTC day, the same day that chose the terms version pricing it. */
    private static LocalDate utcDate(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    /** Books the entry unless this event was booked already, then moves the partners' balances. */
    void book(Entry entry, Postings postings) {
        List<Long> inserted = jdbc.sql("""
                        INSERT INTO journal_entry (event_id, alliance_id, kind, effective_date, recorded_at, currency,
                                                   amount, terms_version, source_id, campaign_id, description)
                        VALUES (:eventId, :alliance, :kind, :effective, :recordedAt, :currency, :amount, :termsVersion,
                                :source, :campaign, :description)
                        ON CONFLICT (event_id) DO NOTHING
                        RETURNING entry_id""")
                .param("eventId", entry.eventId())
                .param("alliance", entry.allianceId().value())
                .param("kind", entry.kind().name())
                .param("effective", entry.effectiveDate())
                .param("recordedAt", utc(entry.recordedAt()))
                .param("currency", entry.amount().currency().getCurrencyCode())
                .param("amount", entry.amount().amount())
                .param("termsVersion", entry.termsVersion())
                .param("source", entry.sourceId())
                .param("campaign", entry.campaignId())
                .param("description", entry.description())
                .query(Long.class)
                .list();
        if (inserted.isEmpty()) {
            return;
        }
        long entryId = inserted.getFirst();
        Map<String, Money> byPartner = postings.lines().stream()
                .collect(Collectors.toMap(line -> line.partner().value(), Posting::amount));
        // partner-id order: concurrent entries of one alliance lock its balance rows in the same order
        List<String> members = jdbc.sql("SELECT partner_id FROM alliance_member WHERE alliance_id = :alliance ORDER BY partner_id")
                .param("alliance", entry.allianceId().value())
                .query(String.class)
                .list();
        Money zero = Money.zero(entry.amount().currency());
        for (String partner : members) {
            Money amount = byPartner.getOrDefault(partner, zero);
            jdbc.sql("""
                            INSERT INTO journal_line (entry_id, alliance_id, partner_id, amount)
                            VALUES (:entry, :alliance, :partner, :amount)""")
                    .param("entry", entryId)
                    .param("alliance", entry.allianceId().value())
                    .param("partner", partner)
                    .param("amount", amount.amount())
                    .update();
            jdbc.sql("""
                            INSERT INTO partner_balance (alliance_id, partner_id, currency, balance)
                            VALUES (:alliance, :partner, :currency, :amount)
                            ON CONFLICT (alliance_id, partner_id)
                            DO UPDATE SET balance = partner_balance.balance + EXCLUDED.balance""")
                    .param("alliance", entry.allianceId().value())
                    .param("partner", partner)
                    .param("currency", amount.currency().getCurrencyCode())
                    .param("amount", amount.amount())
                    .update();
        }
    }

    /** What a journal entry records besides its lines. */
    record Entry(String eventId, AllianceId allianceId, EntryKind kind, LocalDate effectiveDate, Instant recordedAt,
                 Money amount, Integer termsVersion, UUID sourceId, UUID campaignId, String description) {
    }
}
