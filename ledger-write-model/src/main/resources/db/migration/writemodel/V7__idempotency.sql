-- The first successful response to a POST with an Idempotency-Key, stored in the transaction of its effect,
-- so a retry with the same key gets the same response and causes no second effect.
CREATE TABLE idempotency_record (
    api_key_id     VARCHAR(40)  NOT NULL,
    idem_key       VARCHAR(255) NOT NULL,
    request_hash   CHAR(64)     NOT NULL,
    status         SMALLINT     NOT NULL,
    content_type   VARCHAR(100),
    location       VARCHAR(500),
    etag           VARCHAR(100),
    body           BYTEA        NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (api_key_id, idem_key)
);
CREATE INDEX idempotency_record_created_idx ON idempotency_record (created_at);
