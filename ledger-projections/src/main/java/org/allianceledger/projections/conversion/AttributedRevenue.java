package org.allianceledger.projections.conversion;

import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.core.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Currency;
import java.util.List;

/**
 * Revenue attributed to referrals and the commission it earned, net of refunds (a refunded conversion
 * counts no more), grouped by referrer, receiving partner, campaign or month of the conversion.
 */
@Repository
public class AttributedRevenue {

    public enum GroupBy {
        REFERRER("a.referrer"),
        RECEIVER("c.receiver"),
        /** The campaign of the referrer's latest referral of that customer to the receiver before the sale. */
        CAMPAIGN("COALESCE(r.campaign_id::text, 'none')"),
        MONTH("to_char(c.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM')");

        private final String key;

        GroupBy(String key) {
            this.key = key;
        }
    }

    public record Row(String key, Money revenue, Money commission) {
    }

    private final JdbcClient jdbc;

    public AttributedRevenue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> of(AllianceId allianceId, Currency currency, GroupBy groupBy) {
        return jdbc.sql("""
                        SELECT %s AS key, SUM(a.revenue_share) AS revenue, SUM(a.commission) AS commission
                        FROM conversion_view c
                        JOIN conversion_attribution a ON a.alliance_id = c.alliance_id AND a.conversion_id = c.conversion_id
                        LEFT JOIN LATERAL (
                            SELECT campaign_id FROM referral_view r
                            WHERE r.alliance_id = c.alliance_id AND r.customer_ref = c.customer_ref
                              AND r.referrer = a.referrer AND r.to_partner = c.receiver AND r.occurred_at <= c.occurred_at
                            ORDER BY r.occurred_at DESC, r.recorded_at DESC LIMIT 1) r ON TRUE
                        WHERE c.alliance_id = :alliance AND c.reversed_at IS NULL
                        GROUP BY 1 ORDER BY 1""".formatted(groupBy.key))
                .param("alliance", allianceId.value())
                .query((rs, row) -> new Row(rs.getString("key"), new Money(rs.getBigDecimal("revenue"), currency),
                        new Money(rs.getBigDecimal("commission"), currency)))
                .list();
    }
}
