package org.allianceledger.api.config;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;

/**
 * Axon's embedded event store, waking the reader that feeds the projections once new events are committed in
 * the database. Axon wakes it when the command's unit of work commits; a command sent with an
 * Idempotency-Key runs in a savepoint of the request's transaction, so the reader woke while the events were
 * still invisible to it, found nothing, and slept its whole fetch delay (a second) before any projection saw
 * the command. Inside a caller's transaction the wake-up now waits for that transaction's commit.
 */
final class CommitAwareEventStore extends EmbeddedEventStore {

    CommitAwareEventStore(Builder builder) {
        super(builder);
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            super.afterCommit(events);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wakeReader(events);
            }
        });
    }

    private void wakeReader(List<? extends EventMessage<?>> events) {
        super.afterCommit(events);
    }
}
