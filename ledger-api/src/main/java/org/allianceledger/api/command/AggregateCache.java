package org.allianceledger.api.command;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps recently used alliances and customer journeys in memory, so a command does not read the aggregate's
 * events (or snapshot) again each time; the garbage collector bounds it (weak references). It stays correct with
 * several instances: a command decided on a stale copy appends a sequence number another instance took, the
 * unique constraint refuses it, Axon drops the copy and the command is decided again on the stored events.
 * A command inside a caller's transaction (Idempotency-Key, If-Match) is committed by that transaction, not by
 * Axon, so when that transaction rolls back the cache forgets everything it may have learnt from it.
 */
@Component
public class AggregateCache {

    private final Cache cache = new WeakReferenceCache();

    public Cache cache() {
        return cache;
    }

    /** Called before a command is sent: ties the cache to the outcome of the caller's transaction, if any. */
    void forgetIfCallerRollsBack() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        cache.removeAll();
                    }
                }
            });
        }
    }
}
