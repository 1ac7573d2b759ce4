package org.allianceledger.api.projection;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Set;

/**
 * Runs each event handler of the tracking projections in a savepoint of its batch's transaction. When one event
 * fails, PostgreSQL aborts the whole transaction; rolled back to the savepoint instead, the transaction stays
 * usable, so the dead-letter queue can park that event in it and the batch's other events still commit with
 * the projection's token. Without it one event the projection cannot write stops the projection for good.
 */
final class SavepointPerEvent implements HandlerEnhancerDefinition {

    private final Set<String> processingGroups;
    private final TransactionTemplate savepoint;

    SavepointPerEvent(Set<String> processingGroups, PlatformTransactionManager transactions) {
        this.processingGroups = Set.copyOf(processingGroups);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        ProcessingGroup group = original.declaringClass().getAnnotation(ProcessingGroup.class);
        if (group == null || !processingGroups.contains(group.value())
                || !original.canHandleMessageType(EventMessage.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                    return super.handle(message, target);
                }
                try {
                    return savepoint.execute(status -> {
                        try {
                            return super.handle(message, target);
                        } catch (Exception e) {
                            throw new HandlerFailed(e);
                        }
                    });
                } catch (HandlerFailed failed) {
                    throw failed.cause;
                }
            }
        };
    }

    /** Carries a handler's checked exception out of the savepoint's callback, which rolls back on it. */
    private static final class HandlerFailed extends RuntimeException {

        private final Exception cause;

        HandlerFailed(Exception cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
