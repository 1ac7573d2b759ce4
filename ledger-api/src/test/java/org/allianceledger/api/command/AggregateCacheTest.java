package org.allianceledger.api.command;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

/** The cache holds only committed state: nothing a command did inside a caller's open transaction. */
class AggregateCacheTest {

    private final AggregateCache aggregates = new AggregateCache();
    /** Held strongly: the cache keeps only weak references. */
    private final Object before = new Object();
    private final Object after = new Object();

    @AfterEach
    void endTransaction() {
        TransactionSynchronizationManager.unbindResourceIfPossible(aggregates);
        TransactionSynchronizationManager.setActualTransactionActive(false);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void withoutACallersTransactionACommandsCopyIsKept() {
        aggregates.holdBackUntilCallerCompletes();
        aggregates.put("alliance-1", after);

        assertThat((Object) aggregates.get("alliance-1")).isSameAs(after);
    }

    @Test
    void aCopyMadeInsideACallersOpenTransactionIsNeitherKeptNorLeftStale() {
        aggregates.put("alliance-1", before);
        openCallersTransaction();

        aggregates.put("alliance-1", after);

        assertThat(aggregates.containsKey("alliance-1")).isFalse();
    }

    @Test
    void whenTheCallersTransactionEndsTheAggregatesItChangedAreReadAgainFromTheStore() throws InterruptedException {
        openCallersTransaction();
        aggregates.put("alliance-1", after);
        Thread otherCommand = new Thread(() -> aggregates.put("alliance-1", before)); // decided before the caller commits
        otherCommand.start();
        otherCommand.join();
        assertThat((Object) aggregates.get("alliance-1")).isSameAs(before);

        complete(TransactionSynchronization.STATUS_COMMITTED);

        assertThat(aggregates.containsKey("alliance-1")).isFalse();
        assertThat(TransactionSynchronizationManager.hasResource(aggregates)).isFalse();
    }

    private void openCallersTransaction() {
        TransactionSynchronizationManager.initSynchronization();
        TransactionSynchronizationManager.setActualTransactionActive(true);
        aggregates.holdBackUntilCallerCompletes();
    }

    private static void complete(int status) {
        TransactionSynchronizationManager.getSynchronizations().forEach(sync -> sync.afterCompletion(status));
    }
}
