package org.allianceledger.projections.journal;

import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.allianceledger.writemodel.support.Sql.instant;

/** Reads the journal of an alliance: entries in booking order, each with one line per partner. */
@Repository
public class Journal {

    public record Entry(long entryId, String eventId, EntryKind kind, LocalDate effectiveDate, Instant recordedAt,
                        Money amount, Integer termsVersion, UUID sourceId, UUID campaignId, String description,
                        List<Line> lines) {
    }

    public record Line(PartnerId partnerId, Money amount) {
    }

    private static final String ENTRIES = """
            SELECT e.entry_id, e.event_id, e.kind, e.effective_date, e.recorded_at, e.currency, e.amount,
                   e.terms_version, e.source_id, e.campaign_id, e.description, l.partner_id, l.amount AS line_amount
            FROM journal_entry e
            JOIN journal_line l ON l.entry_id = e.entry_id
            JOIN alliance_member m ON m.alliance_id = e.alliance_id AND m.partner_id = l.partner_id
            WHERE e.alliance_id = :alliance AND e.entry_id > :after AND e.entry_id <= :until
            ORDER BY e.entry_id, m.position""";

    private final JdbcClient jdbc;

    public Journal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} entries after the cursor (an entry id; 0 for the start). */
    public List<Entry> page(AllianceId allianceId, long after, int limit) {
        long until = jdbc.sql("""
                        SELECT COALESCE(MAX(entry_id), :after) FROM (
                            SELECT entry_id FROM journal_entry WHERE alliance_id = :alliance AND entry_id > :after
                            ORDER BY entry_id LIMIT :limit) page""")
                .param("alliance", allianceId.value())
                .param("after", after)
                .param("limit", limit)
                .query(Long.class).single();
        List<Entry> entries = new ArrayList<>();
        forEach(allianceId, after, until, entries::add);
        return entries;
    }

    /** Every entry, streamed in booking order, for exports of any size. */
    public void forEach(AllianceId allianceId, Consumer<Entry> consumer) {
        forEach(allianceId, 0, Long.MAX_VALUE, consumer);
    }

    private void forEach(AllianceId allianceId, long after, long until, Consumer<Entry> consumer) {
        EntryCollector collector = new EntryCollector(consumer);
        jdbc.sql(ENTRIES)
                .param("alliance", allianceId.value())
                .param("after", after)
                .param("until", until)
                .query(collector::row);
        collector.flush();
    }

    /** Rows come one per line; an entry is complete when the next entry's first line arrives. */
    private static final class EntryCollector {

        private final Consumer<Entry> consumer;
        private Entry current;

        EntryCollector(Consumer<Entry> consumer) {
            this.consumer = consumer;
        }

        void row(ResultSet rs) throws SQLException {
            long entryId = rs.getLong("entry_id");
            Currency currency = Currency.getInstance(rs.getString("currency"));
            if (current == null || current.entryId() != entryId) {
                flush();
                current = new Entry(entryId, rs.getString("event_id"), EntryKind.valueOf(rs.getString("kind")),
                        rs.getObject("effective_date", LocalDate.class), instant(rs, "recorded_at"),
                        new Money(rs.getBigDecimal("amount"), currency), (Integer) rs.getObject("terms_version"),
                        rs.getObject("source_id", UUID.class), rs.getObject("campaign_id", UUID.class),
                        rs.getString("description"), new ArrayList<>());
            }
            current.lines().add(new Line(PartnerId.of(rs.getString("partner_id")),
                    new Money(rs.getBigDecimal("line_amount"), currency)));
        }

        void flush() {
            if (current != null) {
                consumer.accept(current);
                current = null;
            }
        }
    }
}
