-- Directories kept in the same transaction as the command (subscribing handlers): command-side checks
-- and reads of a just-written alliance see them at once.
CREATE TABLE partner_directory (
    partner_id    VARCHAR(40)  PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    registered_at TIMESTAMPTZ  NOT NULL
);

CREATE TABLE alliance_directory (
    alliance_id UUID         PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    currency    CHAR(3)      NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    proposed_by VARCHAR(40)  NOT NULL,
    terms       JSONB        NOT NULL,
    version     BIGINT       NOT NULL,
    proposed_at TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL
);

-- One row per partner of an alliance, in the alliance's partner order; partner isolation reads it.
CREATE TABLE alliance_member (
    alliance_id UUID        NOT NULL REFERENCES alliance_directory (alliance_id),
    partner_id  VARCHAR(40) NOT NULL,
    position    SMALLINT    NOT NULL,
    accepted_at TIMESTAMPTZ,
    PRIMARY KEY (alliance_id, partner_id)
);
CREATE INDEX alliance_member_partner_idx ON alliance_member (partner_id, alliance_id);

-- API keys are credentials, not ledger facts: only the SHA-256 of each secret is kept.
CREATE TABLE api_key (
    key_id      VARCHAR(40) PRIMARY KEY,
    secret_hash CHAR(64)    NOT NULL UNIQUE,
    role        VARCHAR(10) NOT NULL CHECK (role IN ('PARTNER', 'AUDITOR', 'ADMIN')),
    partner_id  VARCHAR(40) REFERENCES partner_directory (partner_id),
    created_at  TIMESTAMPTZ NOT NULL,
    revoked_at  TIMESTAMPTZ,
    CHECK ((role = 'PARTNER') = (partner_id IS NOT NULL))
);
