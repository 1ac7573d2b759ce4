package org.allianceledger.api.command;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.HashSet;
import java.util.Set;

/**
 * Keeps recently used alliances and customer journeys in memory, so a command does not read the aggregate's
 * events (or snapshot) again each time; the garbage collector bounds it (weak references). It only ever holds
 * committed state. A command Axon commits itself holds the aggregate's lock until its transaction has
 * committed, so the copy it leaves is what the database holds. A command inside a caller's transaction
 * (Idempotency-Key, If-Match) is committed later by that transaction, after Axon released the lock: its copy
 * is not kept, or another request would decide on, and chain its event to, an event that is not committed
 * and may never be; when that transaction ends the cache forgets the aggregates it changed.
 * With several instances a copy can be stale: a command decided on it appends a sequence number another
 * instance took, the unique constraint refuses it, Axon drops the copy and the command is decided again on
 * the stored events; a command refused on a copy is decided again on the stored events too
 * ({@link #holdsTargetOf}), so no refusal is answered for state the database no longer holds.
 */
@Component
public class AggregateCache extends WeakReferenceCache {

    /**
     * Whether a copy of the command's target aggregate is kept, so the command will be decided on it. (When a
     * command is refused, Axon drops the copy it used, so its next attempt reads the stored events.)
     */
    boolean holdsTargetOf(CommandMessage<?> command) {
        return CommandTarget.of(command).map(this::containsKey).orElse(false);
    }

    /** Called before a command is sent: inside a caller's transaction, holds back what the command caches. */
    void holdBackUntilCallerCompletes() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.hasResource(this)) {
            return;
        }
        Set<Object> changed = new HashSet<>();
        TransactionSynchronizationManager.bindResource(this, changed);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(AggregateCache.this);
                changed.forEach(AggregateCache.this::remove);
            }
        });
    }

    @Override
    public void put(Object key, Object value) {
        @SuppressWarnings("unchecked")
        Set<Object> changedByCaller = (Set<Object>) TransactionSynchronizationManager.getResource(this);
        if (changedByCaller == null) {
            super.put(key, value);
        } else {
            changedByCaller.add(key);
            remove(key);
        }
    }
}
