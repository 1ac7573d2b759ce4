-- Read tables kept by the tracking projections. Each row written for an event is keyed by that event, so
-- handling an event again (a retry, a replay) changes nothing.

CREATE TABLE campaign_view (
    alliance_id  UUID         NOT NULL,
    campaign_id  UUID         NOT NULL,
    name         VARCHAR(200) NOT NULL,
    starts_on    DATE         NOT NULL,
    ends_on      DATE         NOT NULL,
    launched_by  VARCHAR(40)  NOT NULL,
    closed       BOOLEAN      NOT NULL DEFAULT FALSE,
    launched_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (alliance_id, campaign_id)
);

-- One row per partner and campaign: what it committed and its share of the spend so far.
CREATE TABLE campaign_budget (
    alliance_id UUID          NOT NULL,
    campaign_id UUID          NOT NULL,
    partner_id  VARCHAR(40)   NOT NULL,
    currency    CHAR(3)       NOT NULL,
    committed   NUMERIC(24,4) NOT NULL DEFAULT 0,
    spent       NUMERIC(24,4) NOT NULL DEFAULT 0,
    PRIMARY KEY (alliance_id, campaign_id, partner_id)
);

-- Events already applied to campaign_budget (commitments change sums, so they need their own guard).
CREATE TABLE campaign_budget_event (
    event_id VARCHAR(255) PRIMARY KEY
);

CREATE TABLE spend_line (
    spend_id        UUID          PRIMARY KEY,
    alliance_id     UUID          NOT NULL,
    campaign_id     UUID          NOT NULL,
    payer           VARCHAR(40)   NOT NULL,
    amount          NUMERIC(24,4) NOT NULL,
    currency        CHAR(3)       NOT NULL,
    category        VARCHAR(60)   NOT NULL,
    vendor          VARCHAR(200)  NOT NULL,
    invoice_ref     VARCHAR(100)  NOT NULL,
    incurred_on     DATE          NOT NULL,
    evidence_sha256 CHAR(64),
    terms_version   INTEGER       NOT NULL,
    recorded_at     TIMESTAMPTZ   NOT NULL,
    reversed_at     TIMESTAMPTZ,
    reversal_reason VARCHAR(500)
);
CREATE INDEX spend_line_alliance_idx ON spend_line (alliance_id, incurred_on);

-- Each partner's share of a spend, and of its reversal (the exact negative) once reversed.
CREATE TABLE spend_allocation (
    spend_id    UUID          NOT NULL,
    reversal    BOOLEAN       NOT NULL,
    partner_id  VARCHAR(40)   NOT NULL,
    share       NUMERIC(24,4) NOT NULL,
    PRIMARY KEY (spend_id, reversal, partner_id)
);

-- The double-entry journal: one entry per financial event, one line per partner of the alliance; the
-- lines of an entry sum to zero. effective_date dates the fact (incurredOn, conversion date, paidOn);
-- recorded_at is when the ledger learnt it: as-of queries filter on both.
CREATE TABLE journal_entry (
    entry_id       BIGSERIAL     PRIMARY KEY,
    event_id       VARCHAR(255)  NOT NULL UNIQUE,
    alliance_id    UUID          NOT NULL,
    kind           VARCHAR(30)   NOT NULL,
    effective_date DATE          NOT NULL,
    recorded_at    TIMESTAMPTZ   NOT NULL,
    currency       CHAR(3)       NOT NULL,
    amount         NUMERIC(24,4) NOT NULL,
    terms_version  INTEGER,
    source_id      UUID          NOT NULL,
    campaign_id    UUID,
    description    VARCHAR(500)  NOT NULL
);
CREATE INDEX journal_entry_alliance_idx ON journal_entry (alliance_id, effective_date, recorded_at);

CREATE TABLE journal_line (
    entry_id    BIGINT        NOT NULL REFERENCES journal_entry (entry_id),
    alliance_id UUID          NOT NULL,
    partner_id  VARCHAR(40)   NOT NULL,
    amount      NUMERIC(24,4) NOT NULL,
    PRIMARY KEY (entry_id, partner_id)
);
CREATE INDEX journal_line_alliance_partner_idx ON journal_line (alliance_id, partner_id);

-- Current position of each partner (positive: the alliance owes the partner); always sums to zero.
CREATE TABLE partner_balance (
    alliance_id UUID          NOT NULL,
    partner_id  VARCHAR(40)   NOT NULL,
    currency    CHAR(3)       NOT NULL,
    balance     NUMERIC(24,4) NOT NULL,
    PRIMARY KEY (alliance_id, partner_id)
);
