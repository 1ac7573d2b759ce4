package org.allianceledger.projections.campaign;

import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.core.alliance.CampaignId;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An alliance's campaigns with each partner's commitment, share of spend so far and remaining budget. */
@Repository
public class Campaigns {

    public record Campaign(CampaignId campaignId, String name, LocalDate startsOn, LocalDate endsOn, boolean closed,
                           PartnerId launchedBy, List<Budget> budgets) {
    }

    public record Budget(PartnerId partnerId, Money committed, Money spent, Money remaining) {
    }

    private final JdbcClient jdbc;

    public Campaigns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Campaign> of(AllianceId allianceId, Currency currency) {
        Map<UUID, Campaign> campaigns = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT campaign_id, name, starts_on, ends_on, closed, launched_by FROM campaign_view
                        WHERE alliance_id = :alliance ORDER BY starts_on, name, campaign_id""")
                .param("alliance", allianceId.value())
                .query(rs -> {
                    UUID id = rs.getObject("campaign_id", UUID.class);
                    campaigns.put(id, new Campaign(new CampaignId(id), rs.getString("name"),
                            rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                            rs.getBoolean("closed"), PartnerId.of(rs.getString("launched_by")), new ArrayList<>()));
                });
        jdbc.sql("""
                        SELECT b.campaign_id, b.partner_id, b.committed, b.spent FROM campaign_budget b
                        JOIN alliance_member m ON m.alliance_id = b.alliance_id AND m.partner_id = b.partner_id
                        WHERE b.alliance_id = :alliance ORDER BY b.campaign_id, m.position""")
                .param("alliance", allianceId.value())
                .query(rs -> {
                    Campaign campaign = campaigns.get(rs.getObject("campaign_id", UUID.class));
                    if (campaign != null) {
                        Money committed = new Money(rs.getBigDecimal("committed"), currency);
                        Money spent = new Money(rs.getBigDecimal("spent"), currency);
                        campaign.budgets().add(new Budget(PartnerId.of(rs.getString("partner_id")), committed, spent,
                                committed.minus(spent)));
                    }
                });
        return List.copyOf(campaigns.values());
    }
}
