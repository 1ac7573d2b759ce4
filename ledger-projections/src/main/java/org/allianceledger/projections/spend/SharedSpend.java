package org.allianceledger.projections.spend;

import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shared spend net of reversals, grouped by campaign, partner, category or month, with each partner's share. */
@Repository
public class SharedSpend {

    public enum GroupBy {
        CAMPAIGN("s.campaign_id::text"),
        PARTNER("a.partner_id"),
        CATEGORY("s.category"),
        MONTH("to_char(s.incurred_on, 'YYYY-MM')");

        private final String key;

        GroupBy(String key) {
            this.key = key;
        }
    }

    public record Row(String key, Money spent, List<Share> shares) {
    }

    public record Share(PartnerId partnerId, Money share) {
    }

    private final JdbcClient jdbc;

    public SharedSpend(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> of(AllianceId allianceId, GroupBy groupBy) {
        Map<String, List<Share>> byKey = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT %1$s AS key, a.partner_id, s.currency, SUM(a.share) AS share
                        FROM spend_line s JOIN spend_allocation a ON a.spend_id = s.spend_id
                        JOIN alliance_member m ON m.alliance_id = s.alliance_id AND m.partner_id = a.partner_id
                        WHERE s.alliance_id = :alliance
                        GROUP BY %1$s, a.partner_id, s.currency, m.position
                        ORDER BY 1, m.position""".formatted(groupBy.key))
                .param("alliance", allianceId.value())
                .query(rs -> {
                    Currency currency = Currency.getInstance(rs.getString("currency"));
                    Money share = new Money(rs.getBigDecimal("share"), currency);
                    byKey.computeIfAbsent(rs.getString("key"), k -> new ArrayList<>())
                            .add(new Share(PartnerId.of(rs.getString("partner_id")), share));
                });
        return byKey.entrySet().stream()
                .map(e -> new Row(e.getKey(), total(e.getValue()), e.getValue()))
                .toList();
    }

    private static Money total(List<Share> shares) {
        return shares.stream().map(Share::share).reduce(Money::plus)
                .orElseThrow(() -> new IllegalStateException("a group has at least one share"));
    }
}
