-- Tamper evidence: every stored event gets a SHA-256 chained to the previous event of the same stream
-- (aggregate), computed by the database in the transaction that appends the event, over exactly the bytes
-- stored: previous hash, aggregate id, sequence number, type and payload. An alliance's chain is its own
-- stream plus the streams of its customer journeys (ids "<alliance id>:<customer>"); one chain per stream
-- means no lock is shared by all writes of an alliance.
CREATE TABLE event_chain (
    aggregateidentifier VARCHAR(255) NOT NULL,
    sequencenumber      BIGINT       NOT NULL,
    globalindex         BIGINT       NOT NULL,
    previous_hash       BYTEA,
    hash                BYTEA        NOT NULL,
    PRIMARY KEY (aggregateidentifier, sequencenumber)
);

CREATE FUNCTION event_chain_link(previous BYTEA, aggregate VARCHAR, sequence BIGINT, type VARCHAR, payload BYTEA)
    RETURNS BYTEA LANGUAGE sql IMMUTABLE AS $$
    SELECT sha256(COALESCE(previous, ''::bytea) || convert_to(aggregate || '|' || sequence || '|' || COALESCE(type, '') || '|', 'UTF8')
                  || payload)
$$;

CREATE FUNCTION event_chain_append() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    previous BYTEA;
BEGIN
    SELECT hash INTO previous FROM event_chain
    WHERE aggregateidentifier = NEW.aggregateidentifier AND sequencenumber = NEW.sequencenumber - 1;
    INSERT INTO event_chain (aggregateidentifier, sequencenumber, globalindex, previous_hash, hash)
    VALUES (NEW.aggregateidentifier, NEW.sequencenumber, NEW.globalindex, previous,
            event_chain_link(previous, NEW.aggregateidentifier, NEW.sequencenumber, NEW.type, NEW.payload));
    RETURN NULL;
END
$$;

CREATE TRIGGER event_chain_on_append AFTER INSERT ON domainevententry
    FOR EACH ROW EXECUTE FUNCTION event_chain_append();
