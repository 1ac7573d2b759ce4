-- Which customer journey a conversion belongs to, kept in the command's transaction (subscribing), so a
-- refund can find the journey at once and a conversion id is used once per alliance.
CREATE TABLE conversion_index (
    alliance_id   UUID        NOT NULL,
    conversion_id UUID        NOT NULL,
    customer_ref  VARCHAR(64) NOT NULL,
    PRIMARY KEY (alliance_id, conversion_id)
);

CREATE TABLE referral_view (
    alliance_id  UUID        NOT NULL,
    referral_id  UUID        NOT NULL,
    customer_ref VARCHAR(64) NOT NULL,
    referrer     VARCHAR(40) NOT NULL,
    to_partner   VARCHAR(40) NOT NULL,
    occurred_at  TIMESTAMPTZ NOT NULL,
    campaign_id  UUID,
    recorded_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (alliance_id, referral_id)
);

CREATE TABLE conversion_view (
    alliance_id     UUID          NOT NULL,
    conversion_id   UUID          NOT NULL,
    customer_ref    VARCHAR(64)   NOT NULL,
    receiver        VARCHAR(40)   NOT NULL,
    revenue         NUMERIC(24,4) NOT NULL,
    currency        CHAR(3)       NOT NULL,
    occurred_at     TIMESTAMPTZ   NOT NULL,
    terms_version   INTEGER       NOT NULL,
    commission      NUMERIC(24,4) NOT NULL,
    attributed      BOOLEAN       NOT NULL,
    recorded_at     TIMESTAMPTZ   NOT NULL,
    reversed_at     TIMESTAMPTZ,
    reversal_reason VARCHAR(500),
    PRIMARY KEY (alliance_id, conversion_id)
);
CREATE INDEX conversion_view_occurred_idx ON conversion_view (alliance_id, occurred_at);

-- Each referrer's weight and its share of a conversion's revenue and commission.
CREATE TABLE conversion_attribution (
    alliance_id   UUID          NOT NULL,
    conversion_id UUID          NOT NULL,
    referrer      VARCHAR(40)   NOT NULL,
    weight        INTEGER       NOT NULL,
    revenue_share NUMERIC(24,4) NOT NULL,
    commission    NUMERIC(24,4) NOT NULL,
    PRIMARY KEY (alliance_id, conversion_id, referrer)
);
