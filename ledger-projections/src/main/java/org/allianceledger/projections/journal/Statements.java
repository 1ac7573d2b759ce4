package org.allianceledger.projections.journal;

import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import static org.allianceledger.writemodel.support.Sql.instant;
import static org.allianceledger.writemodel.support.Sql.utc;

/**
 * A partner's statement for a period of effective dates, as the ledger knew it at a moment: the opening
 * balance, every journal line of the partner in the period with its running balance, the closing balance.
 */
@Repository
public class Statements {

    public record Statement(AllianceId allianceId, PartnerId partnerId, LocalDate from, LocalDate to, Instant knownAt,
                            Money opening, List<Line> lines, Money closing) {
    }

    public record Line(long entryId, String eventId, EntryKind kind, LocalDate effectiveDate, Instant recordedAt,
                       Integer termsVersion, UUID sourceId, String description, Money amount, Money balance) {
    }

    private final JdbcClient jdbc;

    public Statements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Statement of(AllianceId allianceId, Currency currency, PartnerId partner, LocalDate from, LocalDate to,
                        Instant knownAt) {
        BigDecimal opening = jdbc.sql("""
                        SELECT COALESCE(SUM(l.amount), 0) FROM journal_line l JOIN journal_entry e USING (entry_id)
                        WHERE l.alliance_id = :alliance AND l.partner_id = :partner
                          AND e.effective_date < :from AND e.recorded_at <= :knownAt""")
                .param("alliance", allianceId.value())
                .param("partner", partner.value())
                .param("from", from)
                .param("knownAt", utc(knownAt))
                .query(BigDecimal.class).single();
        List<Line> lines = new ArrayList<>();
        Money[] balance = {new Money(opening, currency)};
        jdbc.sql("""
                        SELECT e.entry_id, e.event_id, e.kind, e.effective_date, e.recorded_at, e.terms_version,
                               e.source_id, e.description, l.amount
                        FROM journal_line l JOIN journal_entry e USING (entry_id)
                        WHERE l.alliance_id = :alliance AND l.partner_id = :partner
                          AND e.effective_date BETWEEN :from AND :to AND e.recorded_at <= :knownAt
                        ORDER BY e.effective_date, e.entry_id""")
                .param("alliance", allianceId.value())
                .param("partner", partner.value())
                .param("from", from)
                .param("to", to)
                .param("knownAt", utc(knownAt))
                .query(rs -> {
                    Money amount = new Money(rs.getBigDecimal("amount"), currency);
                    balance[0] = balance[0].plus(amount);
                    lines.add(new Line(rs.getLong("entry_id"), rs.getString("event_id"),
                            EntryKind.valueOf(rs.getString("kind")), rs.getObject("effective_date", LocalDate.class),
                            instant(rs, "recorded_at"), (Integer) rs.getObject("terms_version"),
                            rs.getObject("source_id", UUID.class), rs.getString("description"), amount, balance[0]));
                });
        return new Statement(allianceId, partner, from, to, knownAt, new Money(opening, currency), lines, balance[0]);
    }
}
