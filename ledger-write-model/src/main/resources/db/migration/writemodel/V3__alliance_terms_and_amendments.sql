-- Every agreed terms version of an alliance (1 = the proposal), and amendments awaiting acceptance.
-- alliance_directory.terms keeps the latest agreed version for quick reads.
ALTER TABLE alliance_directory ADD COLUMN terms_version INTEGER NOT NULL DEFAULT 1;

CREATE TABLE alliance_terms (
    alliance_id    UUID        NOT NULL REFERENCES alliance_directory (alliance_id),
    version        INTEGER     NOT NULL,
    effective_from DATE        NOT NULL,
    terms          JSONB       NOT NULL,
    agreed_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (alliance_id, version)
);

CREATE TABLE alliance_amendment (
    alliance_id  UUID        NOT NULL REFERENCES alliance_directory (alliance_id),
    amendment_id UUID        NOT NULL,
    proposed_by  VARCHAR(40) NOT NULL,
    terms        JSONB       NOT NULL,
    accepted_by  TEXT[]      NOT NULL,
    agreed_as    INTEGER,
    proposed_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (alliance_id, amendment_id)
);
