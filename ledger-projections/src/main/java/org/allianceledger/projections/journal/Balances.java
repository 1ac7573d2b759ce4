package org.allianceledger.projections.journal;

import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import static org.allianceledger.writemodel.support.Sql.utc;

/**
 * Each partner's position in an alliance (positive: the alliance owes the partner), in alliance partner
 * order. Now, or as of an effective date and as known at a moment: facts dated after asOf, and facts
 * recorded after knownAt, are left out.
 */
@Repository
public class Balances {

    public record Balance(PartnerId partnerId, Money balance) {
    }

    private final JdbcClient jdbc;

    public Balances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Balance> current(AllianceId allianceId, Currency currency) {
        return jdbc.sql("""
                        SELECT m.partner_id, COALESCE(b.balance, 0) AS balance
                        FROM alliance_member m
                        LEFT JOIN partner_balance b ON b.alliance_id = m.alliance_id AND b.partner_id = m.partner_id
                        WHERE m.alliance_id = :alliance
                        ORDER BY m.position""")
                .param("alliance", allianceId.value())
                .query((rs, row) -> new Balance(PartnerId.of(rs.getString("partner_id")),
                        new Money(rs.getBigDecimal("balance"), currency)))
                .list();
    }

    public List<Balance> asOf(AllianceId allianceId, Currency currency, LocalDate asOf, Instant knownAt) {
        return jdbc.sql("""
                        SELECT m.partner_id, COALESCE(SUM(l.amount), 0) AS balance
                        FROM alliance_member m
                        LEFT JOIN (journal_line l JOIN journal_entry e ON e.entry_id = l.entry_id
                                   AND e.effective_date <= :asOf AND e.recorded_at <= :knownAt)
                               ON l.alliance_id = m.alliance_id AND l.partner_id = m.partner_id
                        WHERE m.alliance_id = :alliance
                        GROUP BY m.partner_id, m.position
                        ORDER BY m.position""")
                .param("alliance", allianceId.value())
                .param("asOf", asOf)
                .param("knownAt", utc(knownAt))
                .query((rs, row) -> new Balance(PartnerId.of(rs.getString("partner_id")),
                        new Money(rs.getBigDecimal("balance"), currency)))
                .list();
    }
}
