package org.allianceledger.projections.bi;

import org.allianceledger.projections.testing.MigratedDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bi views as a BI tool sees them: connected as ledger_bi, over a few rows of every read table. The
 * view and column names are a contract, so they are pinned here.
 */
class BiViewsIT {

    /** Every bi view and its columns, in order. Add to it; never rename or remove. */
    static final Map<String, List<String>> CONTRACT = contract();

    private static final UUID ALLIANCE = UUID.fromString("a1000000-0000-0000-0000-000000000001");
    private static final UUID CAMPAIGN = UUID.fromString("c1000000-0000-0000-0000-000000000001");
    private static final UUID SPEND = UUID.fromString("51000000-0000-0000-0000-000000000001");
    private static final UUID REVERSED_SPEND = UUID.fromString("51000000-0000-0000-0000-000000000002");
    private static final UUID REFERRAL = UUID.fromString("4e000000-0000-0000-0000-000000000001");
    private static final UUID CONVERSION = UUID.fromString("c0000000-0000-0000-0000-000000000001");

    private final MigratedDatabase db = new MigratedDatabase();
    private final JdbcClient bi = BiRole.connect(db.dataSource().getJdbcUrl());

    private static Map<String, List<String>> contract() {
        Map<String, List<String>> views = new LinkedHashMap<>();
        views.put("partners", List.of("partner_id", "partner_name", "registered_at"));
        views.put("alliances", List.of("alliance_id", "alliance_name", "alliance_kind", "status", "currency",
                "proposed_by_partner_id", "proposed_at", "latest_terms_version", "latest_terms_effective_from",
                "referral_commission_bps", "attribution_model", "lookback_days", "partner_count", "last_changed_at"));
        views.put("alliance_terms", List.of("alliance_id", "terms_version", "effective_from", "agreed_at",
                "is_latest_version", "partner_id", "cost_share_bps", "referral_commission_bps", "attribution_model",
                "lookback_days"));
        views.put("alliance_partners", List.of("alliance_id", "partner_id", "partner_order", "accepted_at",
                "has_accepted"));
        views.put("campaigns", List.of("alliance_id", "campaign_id", "campaign_name", "starts_on", "ends_on",
                "launched_by_partner_id", "launched_at", "is_closed"));
        views.put("campaign_budgets", List.of("alliance_id", "campaign_id", "partner_id", "committed", "spent",
                "remaining", "currency"));
        views.put("spend_lines", List.of("spend_id", "alliance_id", "campaign_id", "payer_partner_id", "amount",
                "currency", "category", "vendor", "invoice_ref", "incurred_on", "evidence_sha256", "terms_version",
                "recorded_at", "is_reversed", "reversed_at", "reversal_reason"));
        views.put("spend_allocations", List.of("spend_id", "is_reversal", "alliance_id", "campaign_id", "incurred_on",
                "payer_partner_id", "category", "partner_id", "share_amount", "currency", "recorded_at"));
        views.put("referrals", List.of("alliance_id", "referral_id", "customer_ref", "referrer_partner_id",
                "referred_to_partner_id", "occurred_at", "campaign_id", "recorded_at"));
        views.put("conversions", List.of("alliance_id", "conversion_id", "customer_ref", "receiver_partner_id",
                "revenue", "commission", "currency", "occurred_at", "terms_version", "is_attributed", "recorded_at",
                "is_reversed", "reversed_at", "reversal_reason"));
        views.put("conversion_commissions", List.of("alliance_id", "conversion_id", "referrer_partner_id",
                "receiver_partner_id", "weight", "revenue_share", "commission", "currency", "occurred_at",
                "terms_version", "is_reversed"));
        views.put("journal_lines", List.of("entry_id", "alliance_id", "entry_kind", "effective_date", "recorded_at",
                "partner_id", "amount", "currency", "entry_amount", "terms_version", "source_id", "campaign_id",
                "description"));
        views.put("partner_balances", List.of("alliance_id", "partner_id", "balance", "currency"));
        return views;
    }

    @BeforeEach
    void anAllianceWithSpendCommissionAndAPayment() {
        JdbcClient jdbc = db.jdbc();
        jdbc.sql("""
                INSERT INTO partner_directory (partner_id, name, registered_at) VALUES
                    ('acme', 'Acme Corp', '2026-12-01T09:00:00Z'),
                    ('globex', 'Globex Inc', '2026-12-02T09:00:00Z')""").update();
        jdbc.sql("""
                INSERT INTO alliance_directory (alliance_id, name, kind, currency, status, proposed_by, terms,
                                                terms_version, version, proposed_at, updated_at)
                VALUES (:id, 'Spring launch 2027', 'MARKETING', 'EUR', 'ACTIVE', 'acme', CAST(:terms AS JSONB), 2, 5,
                        '2026-12-10T10:00:00Z', '2027-03-01T10:00:00Z')""")
                .param("id", ALLIANCE).param("terms", terms("2027-04-01", 5000, 5000, 1500, "LINEAR", 60)).update();
        jdbc.sql("""
                INSERT INTO alliance_terms (alliance_id, version, effective_from, terms, agreed_at) VALUES
                    (:id, 1, '2027-01-01', CAST(:v1 AS JSONB), '2026-12-11T10:00:00Z'),
                    (:id, 2, '2027-04-01', CAST(:v2 AS JSONB), '2027-03-01T10:00:00Z')""")
                .param("id", ALLIANCE)
                .param("v1", terms("2027-01-01", 6000, 4000, 1000, "LAST_TOUCH", 30))
                .param("v2", terms("2027-04-01", 5000, 5000, 1500, "LINEAR", 60))
                .update();
        jdbc.sql("""
                INSERT INTO alliance_member (alliance_id, partner_id, position, accepted_at) VALUES
                    (:id, 'acme', 0, '2026-12-10T10:00:00Z'),
                    (:id, 'globex', 1, '2026-12-11T10:00:00Z')""").param("id", ALLIANCE).update();
        jdbc.sql("""
                INSERT INTO campaign_view (alliance_id, campaign_id, name, starts_on, ends_on, launched_by, launched_at)
                VALUES (:id, :campaign, 'Q1 webinar series', '2027-01-01', '2027-03-31', 'acme', '2027-01-02T08:00:00Z')""")
                .param("id", ALLIANCE).param("campaign", CAMPAIGN).update();
        jdbc.sql("""
                INSERT INTO campaign_budget (alliance_id, campaign_id, partner_id, currency, committed, spent) VALUES
                    (:id, :campaign, 'acme', 'EUR', 5000.00, 60.00),
                    (:id, :campaign, 'globex', 'EUR', 3000.00, 40.00)""")
                .param("id", ALLIANCE).param("campaign", CAMPAIGN).update();
        jdbc.sql("""
                INSERT INTO spend_line (spend_id, alliance_id, campaign_id, payer, amount, currency, category, vendor,
                                        invoice_ref, incurred_on, terms_version, recorded_at, reversed_at,
                                        reversal_reason) VALUES
                    (:spend, :id, :campaign, 'globex', 100.00, 'EUR', 'EVENTS', 'Hall Rentals BV', 'INV-1001',
                     '2027-01-15', 1, '2027-01-16T10:00:00Z', NULL, NULL),
                    (:reversed, :id, :campaign, 'acme', 50.00, 'EUR', 'ADS', 'Ad Network', 'INV-2001',
                     '2027-01-20', 1, '2027-01-21T10:00:00Z', '2027-02-01T10:00:00Z', 'invoice credited')""")
                .param("spend", SPEND).param("reversed", REVERSED_SPEND).param("id", ALLIANCE)
                .param("campaign", CAMPAIGN).update();
        jdbc.sql("""
                INSERT INTO spend_allocation (spend_id, reversal, partner_id, share) VALUES
                    (:spend, FALSE, 'acme', 60.00), (:spend, FALSE, 'globex', 40.00),
                    (:reversed, FALSE, 'acme', 30.00), (:reversed, FALSE, 'globex', 20.00),
                    (:reversed, TRUE, 'acme', -30.00), (:reversed, TRUE, 'globex', -20.00)""")
                .param("spend", SPEND).param("reversed", REVERSED_SPEND).update();
        jdbc.sql("""
                INSERT INTO referral_view (alliance_id, referral_id, customer_ref, referrer, to_partner, occurred_at,
                                           campaign_id, recorded_at)
                VALUES (:id, :referral, 'cust-8f3a', 'acme', 'globex', '2027-01-20T10:00:00Z', :campaign,
                        '2027-01-20T10:01:00Z')""")
                .param("id", ALLIANCE).param("referral", REFERRAL).param("campaign", CAMPAIGN).update();
        jdbc.sql("""
                INSERT INTO conversion_view (alliance_id, conversion_id, customer_ref, receiver, revenue, currency,
                                             occurred_at, terms_version, commission, attributed, recorded_at)
                VALUES (:id, :conversion, 'cust-8f3a', 'globex', 1000.00, 'EUR', '2027-02-01T09:30:00Z', 1, 100.00,
                        TRUE, '2027-02-01T09:31:00Z')""")
                .param("id", ALLIANCE).param("conversion", CONVERSION).update();
        jdbc.sql("""
                INSERT INTO conversion_attribution (alliance_id, conversion_id, referrer, weight, revenue_share,
                                                    commission)
                VALUES (:id, :conversion, 'acme', 1, 1000.00, 100.00)""")
                .param("id", ALLIANCE).param("conversion", CONVERSION).update();
        entry("SPEND", "2027-01-15", "100.00", SPEND, "Hall Rentals BV INV-1001 paid by globex", "-60.00", "60.00");
        entry("COMMISSION", "2027-02-01", "100.00", CONVERSION, "commission to acme", "100.00", "-100.00");
        entry("SETTLEMENT_PAYMENT", "2027-04-01", "25.00", UUID.randomUUID(), "globex paid acme (WIRE-77)",
                "-25.00", "25.00");
        jdbc.sql("""
                INSERT INTO partner_balance (alliance_id, partner_id, currency, balance)
                SELECT alliance_id, partner_id, 'EUR', sum(amount) FROM journal_line GROUP BY alliance_id, partner_id""")
                .update();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static String terms(String effectiveFrom, int acmeBps, int globexBps, int commissionBps, String model,
                                int lookbackDays) {
        return """
                {"effectiveFrom":"%s","costShareBps":{"acme":%d,"globex":%d},"referralCommissionBps":%d,
                 "attribution":{"model":"%s","lookbackDays":%d}}"""
                .formatted(effectiveFrom, acmeBps, globexBps, commissionBps, model, lookbackDays);
    }

    private void entry(String kind, String effectiveDate, String amount, UUID source, String description,
                       String acmeLine, String globexLine) {
        long entryId = db.jdbc().sql("""
                        INSERT INTO journal_entry (event_id, alliance_id, kind, effective_date, recorded_at, currency,
                                                   amount, terms_version, source_id, campaign_id, description)
                        VALUES (:event, :id, :kind, CAST(:effective AS DATE), CAST(:effective AS DATE) + 1, 'EUR',
                                CAST(:amount AS NUMERIC), 1, :source, NULL, :description)
                        RETURNING entry_id""")
                .param("event", "event-" + UUID.randomUUID()).param("id", ALLIANCE).param("kind", kind)
                .param("effective", effectiveDate).param("amount", amount).param("source", source)
                .param("description", description)
                .query(Long.class).single();
        db.jdbc().sql("""
                        INSERT INTO journal_line (entry_id, alliance_id, partner_id, amount) VALUES
                            (:entry, :id, 'acme', CAST(:acme AS NUMERIC)), (:entry, :id, 'globex', CAST(:globex AS NUMERIC))""")
                .param("entry", entryId).param("id", ALLIANCE).param("acme", acmeLine).param("globex", globexLine)
                .update();
    }

    @Test
    void theBiRoleSeesRowsInEveryView() {
        CONTRACT.keySet().forEach(view -> assertThat(bi.sql("SELECT count(*) FROM bi." + view).query(Long.class).single())
                .as("rows in bi.%s", view).isPositive());
    }

    @Test
    void theViewsAndTheirColumnsAreExactlyTheContract() {
        assertThat(viewsAndColumns(db.jdbc())).as("bi as its owner sees it").containsExactlyInAnyOrderEntriesOf(CONTRACT);
        assertThat(viewsAndColumns(bi)).as("bi as ledger_bi sees it").containsExactlyInAnyOrderEntriesOf(CONTRACT);
    }

    private static Map<String, List<String>> viewsAndColumns(JdbcClient client) {
        Map<String, List<String>> views = new LinkedHashMap<>();
        client.sql("""
                        SELECT table_name, column_name FROM information_schema.columns
                        WHERE table_schema = 'bi' ORDER BY table_name, ordinal_position""")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(column -> views.computeIfAbsent(column.getKey(), view -> new ArrayList<>()).add(column.getValue()));
        return views;
    }

    @Test
    void remainingBudgetIsCommittedMinusSpent() {
        assertThat(bi.sql("SELECT partner_id, remaining, currency FROM bi.campaign_budgets ORDER BY partner_id")
                .query((rs, row) -> rs.getString(1) + " " + rs.getBigDecimal(2).stripTrailingZeros().toPlainString()
                        + " " + rs.getString(3))
                .list())
                .containsExactly("acme 4940 EUR", "globex 2960 EUR");
    }

    @Test
    void everyJournalEntrySumsToZeroAndSoDoTheBalances() {
        assertThat(bi.sql("SELECT entry_id, sum(amount) FROM bi.journal_lines GROUP BY entry_id")
                .query((rs, row) -> rs.getBigDecimal(2)).list())
                .hasSize(3)
                .allSatisfy(sum -> assertThat(sum).isZero());
        assertThat(bi.sql("SELECT sum(balance) FROM bi.partner_balances").query(BigDecimal.class).single()).isZero();
        assertThat(bi.sql("SELECT balance FROM bi.partner_balances WHERE partner_id = 'acme'")
                .query(BigDecimal.class).single()).isEqualByComparingTo("15.00");
    }

    @Test
    void journalLinesCarryTheirEntry() {
        assertThat(bi.sql("""
                        SELECT entry_kind, effective_date, recorded_at, amount, currency, entry_amount, description
                        FROM bi.journal_lines WHERE partner_id = 'globex' AND entry_kind = 'SPEND'""")
                .query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getBigDecimal(4).toPlainString(),
                        rs.getString(5), rs.getBigDecimal(6).toPlainString(), rs.getString(7), rs.getObject(3) != null))
                .single())
                .isEqualTo(List.of("SPEND", "2027-01-15", "60.0000", "EUR", "100.0000",
                        "Hall Rentals BV INV-1001 paid by globex", true));
    }

    @Test
    void everyTermsVersionGivesEachPartnersCostShare() {
        assertThat(bi.sql("""
                        SELECT terms_version, effective_from, is_latest_version, partner_id, cost_share_bps,
                               referral_commission_bps, attribution_model, lookback_days
                        FROM bi.alliance_terms ORDER BY terms_version, partner_id""")
                .query((rs, row) -> rs.getInt(1) + " " + rs.getString(2) + " " + rs.getBoolean(3) + " "
                        + rs.getString(4) + " " + rs.getInt(5) + " " + rs.getInt(6) + " " + rs.getString(7) + " "
                        + rs.getInt(8))
                .list())
                .containsExactly(
                        "1 2027-01-01 false acme 6000 1000 LAST_TOUCH 30",
                        "1 2027-01-01 false globex 4000 1000 LAST_TOUCH 30",
                        "2 2027-04-01 true acme 5000 1500 LINEAR 60",
                        "2 2027-04-01 true globex 5000 1500 LINEAR 60");
    }

    @Test
    void anAllianceShowsItsStatusAndLatestTerms() {
        assertThat(bi.sql("""
                        SELECT alliance_name, status, currency, latest_terms_version, latest_terms_effective_from,
                               referral_commission_bps, attribution_model, lookback_days, partner_count
                        FROM bi.alliances""")
                .query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                        + rs.getInt(4) + " " + rs.getString(5) + " " + rs.getInt(6) + " " + rs.getString(7) + " "
                        + rs.getInt(8) + " " + rs.getInt(9))
                .single())
                .isEqualTo("Spring launch 2027 ACTIVE EUR 2 2027-04-01 1500 LINEAR 60 2");
        assertThat(bi.sql("SELECT partner_id || ' ' || partner_order FROM bi.alliance_partners ORDER BY partner_order")
                .query(String.class).list())
                .containsExactly("acme 1", "globex 2");
    }

    @Test
    void aReversedSpendIsFlaggedAndItsAllocationsNetToZero() {
        assertThat(bi.sql("SELECT spend_id, is_reversed FROM bi.spend_lines ORDER BY spend_id")
                .query((rs, row) -> rs.getBoolean(2)).list())
                .containsExactly(false, true);
        assertThat(bi.sql("""
                        SELECT partner_id, sum(share_amount) FROM bi.spend_allocations
                        WHERE campaign_id = :campaign AND incurred_on BETWEEN '2027-01-01' AND '2027-01-31'
                        GROUP BY partner_id ORDER BY partner_id""")
                .param("campaign", CAMPAIGN)
                .query((rs, row) -> rs.getString(1) + " " + rs.getBigDecimal(2).stripTrailingZeros().toPlainString())
                .list())
                .containsExactly("acme 60", "globex 40");
        assertThat(bi.sql("""
                        SELECT count(*) FROM bi.spend_allocations a JOIN bi.spend_lines s USING (spend_id)
                        WHERE a.is_reversal AND a.recorded_at = s.reversed_at""")
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aConversionShowsTheCommissionEachReferrerEarned() {
        assertThat(bi.sql("""
                        SELECT c.referrer_partner_id, c.receiver_partner_id, c.commission, c.currency, v.revenue
                        FROM bi.conversion_commissions c JOIN bi.conversions v USING (alliance_id, conversion_id)
                        JOIN bi.referrals r ON r.customer_ref = v.customer_ref""")
                .query((rs, row) -> rs.getString(1) + " -> " + rs.getString(2) + " " + rs.getBigDecimal(3).toPlainString()
                        + " " + rs.getString(4) + " of " + rs.getBigDecimal(5).toPlainString())
                .single())
                .isEqualTo("acme -> globex 100.0000 EUR of 1000.0000");
    }

    @Test
    void theExampleQueriesOfTheBiGuideRunAsTheBiRole() throws IOException {
        String guide = Files.readString(Path.of("..", "docs", "bi-schema.md"));
        List<String> queries = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL).matcher(guide).results()
                .map(match -> match.group(1).strip().replaceAll(";$", ""))
                .toList();

        assertThat(queries).hasSizeGreaterThanOrEqualTo(5);
        queries.forEach(query -> assertThat(bi.sql(query).query().listOfRows()).as(query).isNotNull());
    }

    @Test
    void theSchemaEveryViewAndEveryColumnIsDescribed() {
        JdbcClient jdbc = db.jdbc();
        assertThat(jdbc.sql("SELECT obj_description('bi'::regnamespace, 'pg_namespace')").query(String.class).single())
                .isNotBlank();

        List<String> views = jdbc.sql("""
                        SELECT c.relname FROM pg_class c
                        WHERE c.relnamespace = 'bi'::regnamespace
                          AND coalesce(btrim(obj_description(c.oid, 'pg_class')), '') = ''""")
                .query(String.class).list();
        List<String> columns = jdbc.sql("""
                        SELECT table_name || '.' || column_name FROM information_schema.columns
                        WHERE table_schema = 'bi'
                          AND coalesce(btrim(col_description(format('%I.%I', table_schema, table_name)::regclass,
                                                             ordinal_position)), '') = ''""")
                .query(String.class).list();
        long described = jdbc.sql("SELECT count(*) FROM information_schema.columns WHERE table_schema = 'bi'")
                .query(Long.class).single();

        assertThat(views).as("bi views without a comment").isEmpty();
        assertThat(columns).as("bi columns without a comment").isEmpty();
        assertThat(described).isEqualTo(CONTRACT.values().stream().mapToLong(List::size).sum());
    }
}
