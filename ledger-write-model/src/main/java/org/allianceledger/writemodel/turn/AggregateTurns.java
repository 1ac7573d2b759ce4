package org.allianceledger.writemodel.turn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Turns on one aggregate for commands that commit after their aggregate is released: a command inside a
 * caller's transaction (Idempotency-Key) appends its events, and the aggregate's next command could decide
 * before they commit, lose the race on the sequence number and be decided again, once per request ahead of
 * it, until its attempts are used up. Taking a turn (a PostgreSQL advisory lock held until the transaction
 * ends, on every instance) makes such commands on one aggregate wait for each other instead, and decide on
 * committed state.
 */
@Repository
public class AggregateTurns {

    private final JdbcClient jdbc;

    public AggregateTurns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits until no other transaction holds the aggregate's turn, then holds it until this one ends. */
    public void takeUntilCommit(String aggregateId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:id, 0))")
                .param("id", aggregateId)
                .query((rs, row) -> Boolean.TRUE)
                .single();
    }
}
