package org.allianceledger.api.command;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

/** What a command learnt inside a caller's transaction must not outlive that transaction's rollback. */
class AggregateCacheTest {

    private final AggregateCache aggregates = new AggregateCache();
    /** Held strongly: the cache keeps only weak references. */
    private final Object alliance = new Object();

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void aCallersRollbackEmptiesTheCache() {
        cachedAllianceInCallersTransaction();

        complete(TransactionSynchronization.STATUS_ROLLED_BACK);

        assertThat(aggregates.cache().containsKey("alliance-1")).isFalse();
    }

    @Test
    void aCallersCommitKeepsTheCache() {
        cachedAllianceInCallersTransaction();

        complete(TransactionSynchronization.STATUS_COMMITTED);

        assertThat(aggregates.cache().containsKey("alliance-1")).isTrue();
    }

    private void cachedAllianceInCallersTransaction() {
        aggregates.cache().put("alliance-1", alliance);
        TransactionSynchronizationManager.initSynchronization();
        aggregates.forgetIfCallerRollsBack();
    }

    private static void complete(int status) {
        TransactionSynchronizationManager.getSynchronizations().forEach(sync -> sync.afterCompletion(status));
    }
}
