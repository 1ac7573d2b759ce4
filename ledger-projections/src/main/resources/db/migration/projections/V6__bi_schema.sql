-- The bi schema: stable, documented views over the read tables for BI tools, and the read-only role
-- ledger_bi that may read them and nothing else. View and column names are a contract with BI users:
-- add columns or views in later migrations, never rename or drop. The views keep PostgreSQL's default of
-- running with their owner's rights, so ledger_bi needs no privilege on the tables underneath.

CREATE SCHEMA bi;
COMMENT ON SCHEMA bi IS
    'Read-only reporting views of the Alliance Ledger for BI tools. One row per fact as the ledger currently '
    'knows it; amounts are exact decimals with a currency column beside them. Partner positions follow one '
    'sign convention everywhere: positive means the alliance owes the partner, negative means the partner '
    'owes the alliance. View and column names are stable.';

-- ---------------------------------------------------------------------------------------------------------
-- Partners and alliances

CREATE VIEW bi.partners AS
SELECT p.partner_id,
       p.name          AS partner_name,
       p.registered_at
FROM partner_directory p;

COMMENT ON VIEW bi.partners IS 'Every partner registered in the ledger, one row per partner.';
COMMENT ON COLUMN bi.partners.partner_id IS 'Short identifier of the partner (for example acme), used in every other view.';
COMMENT ON COLUMN bi.partners.partner_name IS 'Display name of the partner.';
COMMENT ON COLUMN bi.partners.registered_at IS 'When the partner was registered in the ledger.';

CREATE VIEW bi.alliances AS
SELECT a.alliance_id,
       a.name                                              AS alliance_name,
       a.kind                                              AS alliance_kind,
       a.status,
       a.currency,
       a.proposed_by                                       AS proposed_by_partner_id,
       a.proposed_at,
       a.terms_version                                     AS latest_terms_version,
       (a.terms ->> 'effectiveFrom')::date                 AS latest_terms_effective_from,
       (a.terms ->> 'referralCommissionBps')::integer      AS referral_commission_bps,
       a.terms -> 'attribution' ->> 'model'                AS attribution_model,
       (a.terms -> 'attribution' ->> 'lookbackDays')::integer AS lookback_days,
       (SELECT count(*) FROM alliance_member m WHERE m.alliance_id = a.alliance_id)::integer AS partner_count,
       a.updated_at                                        AS last_changed_at
FROM alliance_directory a;

COMMENT ON VIEW bi.alliances IS
    'Every alliance, one row per alliance, with its status and the latest terms all partners agreed to. '
    'Cost shares per partner are in bi.alliance_terms.';
COMMENT ON COLUMN bi.alliances.alliance_id IS 'Unique identifier of the alliance.';
COMMENT ON COLUMN bi.alliances.alliance_name IS 'Name of the alliance.';
COMMENT ON COLUMN bi.alliances.alliance_kind IS
    'Kind of alliance: CHANNEL, MARKETING, PRODUCT, JOINT_VENTURE, EQUITY or NON_EQUITY.';
COMMENT ON COLUMN bi.alliances.status IS
    'PROPOSED (waiting for every partner to accept), ACTIVE, DECLINED (a partner declined the proposal), '
    'SUSPENDED (no new spend, referrals or conversions) or DISSOLVED (ended; only settlement payments).';
COMMENT ON COLUMN bi.alliances.currency IS
    'Settlement currency of the alliance (ISO 4217 code); every amount of the alliance is in this currency.';
COMMENT ON COLUMN bi.alliances.proposed_by_partner_id IS 'Partner that proposed the alliance.';
COMMENT ON COLUMN bi.alliances.proposed_at IS 'When the alliance was proposed.';
COMMENT ON COLUMN bi.alliances.latest_terms_version IS
    'Latest terms version every partner agreed to: 1 is the original proposal, each accepted amendment adds one.';
COMMENT ON COLUMN bi.alliances.latest_terms_effective_from IS
    'First date on which the latest terms version applies; facts dated earlier use an earlier version.';
COMMENT ON COLUMN bi.alliances.referral_commission_bps IS
    'Commission on referred revenue under the latest terms, in basis points (100 = 1 %).';
COMMENT ON COLUMN bi.alliances.attribution_model IS
    'How a conversion''s commission is credited to referrals under the latest terms: FIRST_TOUCH or LAST_TOUCH '
    '(one referral gets it all) or LINEAR (split equally over the qualifying referrals).';
COMMENT ON COLUMN bi.alliances.lookback_days IS
    'Days before a conversion in which a referral still qualifies for commission, under the latest terms.';
COMMENT ON COLUMN bi.alliances.partner_count IS 'Number of partners in the alliance.';
COMMENT ON COLUMN bi.alliances.last_changed_at IS 'When anything about the alliance itself (status, terms, acceptances) last changed.';

CREATE VIEW bi.alliance_terms AS
SELECT t.alliance_id,
       t.version                                            AS terms_version,
       t.effective_from,
       t.agreed_at,
       (t.version = a.terms_version)                        AS is_latest_version,
       s.key                                                AS partner_id,
       s.value::integer                                     AS cost_share_bps,
       (t.terms ->> 'referralCommissionBps')::integer       AS referral_commission_bps,
       t.terms -> 'attribution' ->> 'model'                 AS attribution_model,
       (t.terms -> 'attribution' ->> 'lookbackDays')::integer AS lookback_days
FROM alliance_terms t
         JOIN alliance_directory a ON a.alliance_id = t.alliance_id
         CROSS JOIN LATERAL jsonb_each_text(t.terms -> 'costShareBps') s;

COMMENT ON VIEW bi.alliance_terms IS
    'Every terms version the partners of an alliance agreed to, one row per alliance, terms version and '
    'partner. A fact (spend, conversion) uses the version in force on its date; later versions never re-price '
    'earlier facts. Amendments not yet accepted by every partner are not listed.';
COMMENT ON COLUMN bi.alliance_terms.alliance_id IS 'Alliance the terms belong to.';
COMMENT ON COLUMN bi.alliance_terms.terms_version IS
    'Terms version number: 1 is the original proposal, each accepted amendment adds one.';
COMMENT ON COLUMN bi.alliance_terms.effective_from IS 'First date on which this terms version applies.';
COMMENT ON COLUMN bi.alliance_terms.agreed_at IS 'When the last partner accepted this terms version.';
COMMENT ON COLUMN bi.alliance_terms.is_latest_version IS
    'True for the most recently agreed version of the alliance (which may start in the future).';
COMMENT ON COLUMN bi.alliance_terms.partner_id IS 'Partner whose cost share this row gives.';
COMMENT ON COLUMN bi.alliance_terms.cost_share_bps IS
    'Partner''s share of shared marketing spend in basis points (10000 = 100 %); the shares of one version add '
    'up to 10000.';
COMMENT ON COLUMN bi.alliance_terms.referral_commission_bps IS
    'Commission on referred revenue in basis points (100 = 1 %); the same on every row of one version.';
COMMENT ON COLUMN bi.alliance_terms.attribution_model IS
    'How commission is credited to referrals: FIRST_TOUCH, LAST_TOUCH or LINEAR; the same on every row of one version.';
COMMENT ON COLUMN bi.alliance_terms.lookback_days IS
    'Days before a conversion in which a referral still qualifies; the same on every row of one version.';

CREATE VIEW bi.alliance_partners AS
SELECT m.alliance_id,
       m.partner_id,
       (m.position + 1)::integer      AS partner_order,
       m.accepted_at,
       (m.accepted_at IS NOT NULL)    AS has_accepted
FROM alliance_member m;

COMMENT ON VIEW bi.alliance_partners IS 'Which partners belong to which alliance, one row per alliance and partner.';
COMMENT ON COLUMN bi.alliance_partners.alliance_id IS 'Alliance.';
COMMENT ON COLUMN bi.alliance_partners.partner_id IS 'Partner belonging to the alliance.';
COMMENT ON COLUMN bi.alliance_partners.partner_order IS
    'Position of the partner in the alliance''s partner list, starting at 1; it breaks ties when amounts are '
    'split and when the settlement plan is drawn up.';
COMMENT ON COLUMN bi.alliance_partners.accepted_at IS
    'When the partner accepted the alliance (the proposing partner accepts by proposing); empty while it has not.';
COMMENT ON COLUMN bi.alliance_partners.has_accepted IS 'True once the partner has accepted the alliance.';

-- ---------------------------------------------------------------------------------------------------------
-- Campaigns, budgets and spend

CREATE VIEW bi.campaigns AS
SELECT c.alliance_id,
       c.campaign_id,
       c.name         AS campaign_name,
       c.starts_on,
       c.ends_on,
       c.launched_by  AS launched_by_partner_id,
       c.launched_at,
       c.closed       AS is_closed
FROM campaign_view c;

COMMENT ON VIEW bi.campaigns IS 'Every marketing campaign of every alliance, one row per campaign.';
COMMENT ON COLUMN bi.campaigns.alliance_id IS 'Alliance running the campaign.';
COMMENT ON COLUMN bi.campaigns.campaign_id IS 'Unique identifier of the campaign.';
COMMENT ON COLUMN bi.campaigns.campaign_name IS 'Name of the campaign.';
COMMENT ON COLUMN bi.campaigns.starts_on IS 'First day of the campaign; spend must be incurred on or after it.';
COMMENT ON COLUMN bi.campaigns.ends_on IS 'Last day of the campaign; spend must be incurred on or before it.';
COMMENT ON COLUMN bi.campaigns.launched_by_partner_id IS 'Partner that launched the campaign.';
COMMENT ON COLUMN bi.campaigns.launched_at IS 'When the campaign was launched in the ledger.';
COMMENT ON COLUMN bi.campaigns.is_closed IS 'True once the campaign is closed: it accepts no more spend.';

CREATE VIEW bi.campaign_budgets AS
SELECT b.alliance_id,
       b.campaign_id,
       b.partner_id,
       b.committed,
       b.spent,
       b.committed - b.spent AS remaining,
       b.currency
FROM campaign_budget b;

COMMENT ON VIEW bi.campaign_budgets IS
    'Each partner''s budget in each campaign: what it committed, its share of the spend so far and what is '
    'left. One row per campaign and partner that committed or was allocated spend.';
COMMENT ON COLUMN bi.campaign_budgets.alliance_id IS 'Alliance running the campaign.';
COMMENT ON COLUMN bi.campaign_budgets.campaign_id IS 'Campaign.';
COMMENT ON COLUMN bi.campaign_budgets.partner_id IS 'Partner whose budget this row gives.';
COMMENT ON COLUMN bi.campaign_budgets.committed IS 'Total budget the partner committed to the campaign, in currency.';
COMMENT ON COLUMN bi.campaign_budgets.spent IS
    'Partner''s allocated share of the campaign''s spend so far, net of reversals, in currency (whoever paid the invoices).';
COMMENT ON COLUMN bi.campaign_budgets.remaining IS
    'Budget left: committed minus spent, in currency. A spend that would make it negative is rejected.';
COMMENT ON COLUMN bi.campaign_budgets.currency IS 'Currency of committed, spent and remaining (ISO 4217 code).';

CREATE VIEW bi.spend_lines AS
SELECT s.spend_id,
       s.alliance_id,
       s.campaign_id,
       s.payer               AS payer_partner_id,
       s.amount,
       s.currency,
       s.category,
       s.vendor,
       s.invoice_ref,
       s.incurred_on,
       s.evidence_sha256,
       s.terms_version,
       s.recorded_at,
       (s.reversed_at IS NOT NULL) AS is_reversed,
       s.reversed_at,
       s.reversal_reason
FROM spend_line s;

COMMENT ON VIEW bi.spend_lines IS
    'Every campaign expense (invoice) a partner paid and shares with its alliance partners, one row per '
    'expense. A reversed expense stays listed with is_reversed true; its split is cancelled in bi.spend_allocations.';
COMMENT ON COLUMN bi.spend_lines.spend_id IS 'Unique identifier of the expense.';
COMMENT ON COLUMN bi.spend_lines.alliance_id IS 'Alliance sharing the expense.';
COMMENT ON COLUMN bi.spend_lines.campaign_id IS 'Campaign the expense was incurred for.';
COMMENT ON COLUMN bi.spend_lines.payer_partner_id IS 'Partner that paid the vendor.';
COMMENT ON COLUMN bi.spend_lines.amount IS 'Full amount paid to the vendor, in currency (positive).';
COMMENT ON COLUMN bi.spend_lines.currency IS 'Currency of amount (ISO 4217 code), the alliance''s settlement currency.';
COMMENT ON COLUMN bi.spend_lines.category IS 'Spend category given by the payer (for example EVENTS).';
COMMENT ON COLUMN bi.spend_lines.vendor IS 'Vendor that was paid.';
COMMENT ON COLUMN bi.spend_lines.invoice_ref IS 'Vendor''s invoice reference; unique per vendor within a campaign.';
COMMENT ON COLUMN bi.spend_lines.incurred_on IS 'Date the cost was incurred; it decides the terms version and the reporting period.';
COMMENT ON COLUMN bi.spend_lines.evidence_sha256 IS
    'SHA-256 fingerprint (hex) of the invoice document the payer supplied as evidence; empty when none was given.';
COMMENT ON COLUMN bi.spend_lines.terms_version IS 'Terms version whose cost shares split this expense (see bi.alliance_terms).';
COMMENT ON COLUMN bi.spend_lines.recorded_at IS 'When the ledger recorded the expense.';
COMMENT ON COLUMN bi.spend_lines.is_reversed IS 'True when the payer reversed the expense (for example a credited invoice).';
COMMENT ON COLUMN bi.spend_lines.reversed_at IS 'When the ledger recorded the reversal; empty when not reversed.';
COMMENT ON COLUMN bi.spend_lines.reversal_reason IS 'Reason the payer gave for the reversal; empty when not reversed.';

CREATE VIEW bi.spend_allocations AS
SELECT a.spend_id,
       a.reversal                                               AS is_reversal,
       s.alliance_id,
       s.campaign_id,
       s.incurred_on,
       s.payer                                                  AS payer_partner_id,
       s.category,
       a.partner_id,
       a.share                                                  AS share_amount,
       s.currency,
       CASE WHEN a.reversal THEN s.reversed_at ELSE s.recorded_at END AS recorded_at
FROM spend_allocation a
         JOIN spend_line s ON s.spend_id = a.spend_id;

COMMENT ON VIEW bi.spend_allocations IS
    'How each expense is split between the partners of the alliance, one row per expense and partner, plus one '
    'row per partner for a reversal (the exact negative of the original split). Summing share_amount over both '
    'gives each partner''s net share of the spend.';
COMMENT ON COLUMN bi.spend_allocations.spend_id IS 'Expense being split (see bi.spend_lines).';
COMMENT ON COLUMN bi.spend_allocations.is_reversal IS
    'False for the original split, true for the reversal rows that cancel it.';
COMMENT ON COLUMN bi.spend_allocations.alliance_id IS 'Alliance sharing the expense.';
COMMENT ON COLUMN bi.spend_allocations.campaign_id IS 'Campaign the expense was incurred for.';
COMMENT ON COLUMN bi.spend_allocations.incurred_on IS
    'Date the cost was incurred; reversal rows carry the original date, so a reversal corrects the original period.';
COMMENT ON COLUMN bi.spend_allocations.payer_partner_id IS 'Partner that paid the vendor.';
COMMENT ON COLUMN bi.spend_allocations.category IS 'Spend category of the expense.';
COMMENT ON COLUMN bi.spend_allocations.partner_id IS 'Partner bearing this share of the cost.';
COMMENT ON COLUMN bi.spend_allocations.share_amount IS
    'Partner''s share of the expense, in currency: positive for the original split, negative on reversal rows. '
    'The shares of one split add up exactly to the expense amount.';
COMMENT ON COLUMN bi.spend_allocations.currency IS 'Currency of share_amount (ISO 4217 code).';
COMMENT ON COLUMN bi.spend_allocations.recorded_at IS
    'When the ledger recorded the expense (original rows) or its reversal (reversal rows).';

-- ---------------------------------------------------------------------------------------------------------
-- Referrals, conversions and commission

CREATE VIEW bi.referrals AS
SELECT r.alliance_id,
       r.referral_id,
       r.customer_ref,
       r.referrer    AS referrer_partner_id,
       r.to_partner  AS referred_to_partner_id,
       r.occurred_at,
       r.campaign_id,
       r.recorded_at
FROM referral_view r;

COMMENT ON VIEW bi.referrals IS 'Every customer referral from one partner to another, one row per referral.';
COMMENT ON COLUMN bi.referrals.alliance_id IS 'Alliance under which the referral was made.';
COMMENT ON COLUMN bi.referrals.referral_id IS 'Unique identifier of the referral.';
COMMENT ON COLUMN bi.referrals.customer_ref IS
    'Pseudonymous customer reference chosen by the partners (never personal data); links referrals to conversions.';
COMMENT ON COLUMN bi.referrals.referrer_partner_id IS 'Partner that referred the customer and may earn commission.';
COMMENT ON COLUMN bi.referrals.referred_to_partner_id IS 'Partner the customer was referred to.';
COMMENT ON COLUMN bi.referrals.occurred_at IS 'When the referral happened.';
COMMENT ON COLUMN bi.referrals.campaign_id IS 'Campaign the referral came from; empty when not tied to a campaign.';
COMMENT ON COLUMN bi.referrals.recorded_at IS 'When the ledger recorded the referral.';

CREATE VIEW bi.conversions AS
SELECT c.alliance_id,
       c.conversion_id,
       c.customer_ref,
       c.receiver                  AS receiver_partner_id,
       c.revenue,
       c.commission,
       c.currency,
       c.occurred_at,
       c.terms_version,
       c.attributed                AS is_attributed,
       c.recorded_at,
       (c.reversed_at IS NOT NULL) AS is_reversed,
       c.reversed_at,
       c.reversal_reason
FROM conversion_view c;

COMMENT ON VIEW bi.conversions IS
    'Every sale (conversion) a partner made to a customer, one row per conversion, with the commission it owes '
    'to referring partners. A refunded conversion stays listed with is_reversed true; its commission is '
    'cancelled in bi.journal_lines.';
COMMENT ON COLUMN bi.conversions.alliance_id IS 'Alliance under which the conversion was recorded.';
COMMENT ON COLUMN bi.conversions.conversion_id IS 'Unique identifier of the conversion.';
COMMENT ON COLUMN bi.conversions.customer_ref IS 'Pseudonymous customer reference (never personal data).';
COMMENT ON COLUMN bi.conversions.receiver_partner_id IS 'Partner that earned the revenue and pays the commission.';
COMMENT ON COLUMN bi.conversions.revenue IS 'Revenue earned from the customer, in currency.';
COMMENT ON COLUMN bi.conversions.commission IS
    'Total commission owed to the referring partners, in currency: revenue times the referral commission rate, '
    'rounded half-even to the currency''s minor unit. Zero when no referral qualified.';
COMMENT ON COLUMN bi.conversions.currency IS 'Currency of revenue and commission (ISO 4217 code).';
COMMENT ON COLUMN bi.conversions.occurred_at IS 'When the sale happened; it decides the terms version and which referrals qualify.';
COMMENT ON COLUMN bi.conversions.terms_version IS 'Terms version that priced the commission (see bi.alliance_terms).';
COMMENT ON COLUMN bi.conversions.is_attributed IS
    'True when at least one referral qualified and commission is owed; false for an unattributed sale.';
COMMENT ON COLUMN bi.conversions.recorded_at IS 'When the ledger recorded the conversion.';
COMMENT ON COLUMN bi.conversions.is_reversed IS 'True when the conversion was reversed (refunded).';
COMMENT ON COLUMN bi.conversions.reversed_at IS 'When the ledger recorded the refund; empty when not reversed.';
COMMENT ON COLUMN bi.conversions.reversal_reason IS 'Reason given for the refund; empty when not reversed.';

CREATE VIEW bi.conversion_commissions AS
SELECT a.alliance_id,
       a.conversion_id,
       a.referrer                  AS referrer_partner_id,
       c.receiver                  AS receiver_partner_id,
       a.weight,
       a.revenue_share,
       a.commission,
       c.currency,
       c.occurred_at,
       c.terms_version,
       (c.reversed_at IS NOT NULL) AS is_reversed
FROM conversion_attribution a
         JOIN conversion_view c ON c.alliance_id = a.alliance_id AND c.conversion_id = a.conversion_id;

COMMENT ON VIEW bi.conversion_commissions IS
    'Commission each referring partner earned on a conversion, one row per conversion and referrer. '
    'Unattributed conversions have no rows.';
COMMENT ON COLUMN bi.conversion_commissions.alliance_id IS 'Alliance under which the conversion was recorded.';
COMMENT ON COLUMN bi.conversion_commissions.conversion_id IS 'Conversion (see bi.conversions).';
COMMENT ON COLUMN bi.conversion_commissions.referrer_partner_id IS 'Referring partner credited with (part of) the conversion.';
COMMENT ON COLUMN bi.conversion_commissions.receiver_partner_id IS 'Partner that made the sale and owes the commission.';
COMMENT ON COLUMN bi.conversion_commissions.weight IS
    'Number of the referrer''s referrals credited: 1 under FIRST_TOUCH and LAST_TOUCH; under LINEAR every '
    'qualifying referral counts once. Revenue and commission are split in proportion to it.';
COMMENT ON COLUMN bi.conversion_commissions.revenue_share IS 'Part of the conversion''s revenue attributed to this referrer, in currency.';
COMMENT ON COLUMN bi.conversion_commissions.commission IS
    'Commission the receiver owes this referrer, in currency; the rows of one conversion add up to its commission.';
COMMENT ON COLUMN bi.conversion_commissions.currency IS 'Currency of revenue_share and commission (ISO 4217 code).';
COMMENT ON COLUMN bi.conversion_commissions.occurred_at IS 'When the sale happened.';
COMMENT ON COLUMN bi.conversion_commissions.terms_version IS 'Terms version that priced the commission.';
COMMENT ON COLUMN bi.conversion_commissions.is_reversed IS
    'True when the conversion was refunded; the commission is then cancelled by a COMMISSION_REVERSAL journal entry.';

-- ---------------------------------------------------------------------------------------------------------
-- Double-entry journal and balances

CREATE VIEW bi.journal_lines AS
SELECT e.entry_id,
       e.alliance_id,
       e.kind           AS entry_kind,
       e.effective_date,
       e.recorded_at,
       l.partner_id,
       l.amount,
       e.currency,
       e.amount         AS entry_amount,
       e.terms_version,
       e.source_id,
       e.campaign_id,
       e.description
FROM journal_line l
         JOIN journal_entry e ON e.entry_id = l.entry_id;

COMMENT ON VIEW bi.journal_lines IS
    'The double-entry journal: one entry per financial fact (spend, reversal, commission, refund, settlement '
    'payment), one line per partner of the alliance. The lines of an entry add up to zero. A positive line '
    'increases what the alliance owes the partner; a negative line increases what the partner owes. Summing '
    'amount per partner gives bi.partner_balances; filtering on effective_date and recorded_at gives the '
    'position on a date as it was known at a time.';
COMMENT ON COLUMN bi.journal_lines.entry_id IS 'Journal entry number; entries are numbered in the order the ledger recorded them.';
COMMENT ON COLUMN bi.journal_lines.alliance_id IS 'Alliance whose journal this is.';
COMMENT ON COLUMN bi.journal_lines.entry_kind IS
    'What the entry books: SPEND, SPEND_REVERSAL, COMMISSION, COMMISSION_REVERSAL or SETTLEMENT_PAYMENT.';
COMMENT ON COLUMN bi.journal_lines.effective_date IS
    'Accounting date of the fact: the date a cost was incurred, a sale happened or a payment was made. '
    'Reversals carry the date of the original.';
COMMENT ON COLUMN bi.journal_lines.recorded_at IS 'When the ledger learnt of the fact.';
COMMENT ON COLUMN bi.journal_lines.partner_id IS 'Partner this line posts to.';
COMMENT ON COLUMN bi.journal_lines.amount IS
    'Change of the partner''s position, in currency: positive means the alliance owes the partner more '
    '(for example the payer of a spend), negative means the partner owes more (for example its share of it). '
    'Zero when the fact does not touch the partner.';
COMMENT ON COLUMN bi.journal_lines.currency IS 'Currency of amount and entry_amount (ISO 4217 code).';
COMMENT ON COLUMN bi.journal_lines.entry_amount IS
    'Amount of the fact the entry books (the spend, commission or payment), in currency; the same on every line '
    'of one entry, negative for reversals.';
COMMENT ON COLUMN bi.journal_lines.terms_version IS 'Terms version that priced the fact; empty for settlement payments.';
COMMENT ON COLUMN bi.journal_lines.source_id IS
    'Identifier of the fact booked: the spend_id, conversion_id or settlement payment id.';
COMMENT ON COLUMN bi.journal_lines.campaign_id IS 'Campaign of the fact; empty when it has none.';
COMMENT ON COLUMN bi.journal_lines.description IS 'Human-readable description of the entry.';

CREATE VIEW bi.partner_balances AS
SELECT b.alliance_id,
       b.partner_id,
       b.balance,
       b.currency
FROM partner_balance b;

COMMENT ON VIEW bi.partner_balances IS
    'Current position of each partner in each alliance, one row per alliance and partner: the sum of its '
    'journal lines. The balances of one alliance add up to zero.';
COMMENT ON COLUMN bi.partner_balances.alliance_id IS 'Alliance.';
COMMENT ON COLUMN bi.partner_balances.partner_id IS 'Partner.';
COMMENT ON COLUMN bi.partner_balances.balance IS
    'Partner''s position, in currency: positive means the alliance owes the partner this amount, negative means '
    'the partner owes it to the alliance. Settlement payments move it towards zero.';
COMMENT ON COLUMN bi.partner_balances.currency IS 'Currency of balance (ISO 4217 code).';

-- ---------------------------------------------------------------------------------------------------------
-- The read-only role. Roles belong to the whole server, which may host several ledger databases: create it
-- once, set the password on every run, and grant per database. The password comes from the Flyway
-- placeholder biPassword (never written here); an empty one leaves an existing role as it is and creates a
-- new one without login, so BI access stays off until a password is configured.

DO $role$
DECLARE
    -- Dollar quotes keep any character of the password literal. Flyway does not see a placeholder right
    -- after a '$', hence the '#' in front, dropped again by substr.
    new_password TEXT := substr($bi_password$#${biPassword}$bi_password$, 2);
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ledger_bi') THEN
        IF new_password = '' THEN
            RAISE NOTICE 'biPassword is empty: role ledger_bi is created without login';
            CREATE ROLE ledger_bi NOLOGIN;
        ELSE
            EXECUTE format('CREATE ROLE ledger_bi LOGIN PASSWORD %L', new_password);
        END IF;
    ELSIF new_password = '' THEN
        RAISE NOTICE 'biPassword is empty: role ledger_bi keeps its login and password';
    ELSE
        EXECUTE format('ALTER ROLE ledger_bi LOGIN PASSWORD %L', new_password);
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO ledger_bi', current_database());
END
$role$;

-- Nothing in public, whatever was granted before: only the bi views.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ledger_bi;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ledger_bi;
REVOKE ALL ON SCHEMA public FROM ledger_bi;

GRANT USAGE ON SCHEMA bi TO ledger_bi;
GRANT SELECT ON bi.partners, bi.alliances, bi.alliance_terms, bi.alliance_partners, bi.campaigns,
    bi.campaign_budgets, bi.spend_lines, bi.spend_allocations, bi.referrals, bi.conversions,
    bi.conversion_commissions, bi.journal_lines, bi.partner_balances TO ledger_bi;
