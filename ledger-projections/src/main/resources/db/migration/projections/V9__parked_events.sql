-- Events a tracking projection could not apply, parked by Axon's dead-letter queue so the projection goes on
-- with every other alliance. Axon's JDBC dead-letter schema with its default (unquoted, so lower-case) names;
-- serialized data as BYTEA, timestamps as the ISO-8601 text Axon writes. Every later event of a parked
-- alliance is parked behind it, in order, until an administrator retries the sequence.
CREATE TABLE deadletterentry (
    deadletteridentifier VARCHAR(255)  NOT NULL,
    processinggroup      VARCHAR(255)  NOT NULL,
    sequenceidentifier   VARCHAR(255)  NOT NULL,
    sequenceindex        BIGINT        NOT NULL,
    messagetype          VARCHAR(255)  NOT NULL,
    eventidentifier      VARCHAR(255)  NOT NULL,
    timestamp            VARCHAR(255)  NOT NULL,
    payloadtype          VARCHAR(255)  NOT NULL,
    payloadrevision      VARCHAR(255),
    payload              BYTEA         NOT NULL,
    metadata             BYTEA,
    type                 VARCHAR(255),
    aggregateidentifier  VARCHAR(255),
    sequencenumber       BIGINT,
    tokentype            VARCHAR(255),
    token                BYTEA,
    enqueuedat           VARCHAR(255)  NOT NULL,
    lasttouched          VARCHAR(255),
    processingstarted    VARCHAR(255),
    causetype            VARCHAR(255),
    causemessage         VARCHAR(1023),
    diagnostics          BYTEA,
    CONSTRAINT deadletterentry_pkey PRIMARY KEY (deadletteridentifier),
    CONSTRAINT deadletterentry_sequence_key UNIQUE (processinggroup, sequenceidentifier, sequenceindex)
);
CREATE INDEX deadletterentry_group_idx ON deadletterentry (processinggroup);
CREATE INDEX deadletterentry_sequence_idx ON deadletterentry (processinggroup, sequenceidentifier);
