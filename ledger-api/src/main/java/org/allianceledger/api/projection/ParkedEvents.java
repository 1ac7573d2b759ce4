package org.allianceledger.api.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The events each tracking projection parked because it could not apply them, and their retry. */
@Component
public class ParkedEvents {

    private final EventProcessingConfiguration processing;

    ParkedEvents(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** How many events the projection has parked; 0 for a projection without a queue. */
    public long count(String projection) {
        return queue(projection).map(SequencedDeadLetterQueue::size).orElse(0L);
    }

    /** The parked events, alliance by alliance and in order, at most {@code limit}; empty for an unknown projection. */
    public Optional<List<ParkedEvent>> list(String projection, int limit) {
        return queue(projection).map(queue -> {
            List<ParkedEvent> parked = new ArrayList<>();
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                    if (parked.size() == limit) {
                        return parked;
                    }
                    parked.add(ParkedEvent.of(letter));
                }
            }
            return parked;
        });
    }

    /**
     * Applies every parked alliance's events again, in order, as the projection now handles them: those that
     * succeed leave the queue, a sequence stops at the first event that fails again.
     */
    public Optional<Retry> retry(String projection) {
        Optional<SequencedDeadLetterProcessor<EventMessage<?>>> processor =
                processing.sequencedDeadLetterProcessor(projection);
        return queue(projection).flatMap(queue -> processor.map(letters -> {
            long sequences = queue.amountOfSequences();
            long before = queue.size();
            for (long sequence = 0; sequence < sequences; sequence++) {
                letters.processAny();
            }
            long after = queue.size();
            return new Retry(before - after, after);
        }));
    }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String projection) {
        return ParkedEventsConfiguration.PROJECTIONS.contains(projection)
                ? processing.deadLetterQueue(projection) : Optional.empty();
    }

    /**
     * One parked event: which event of which stream, when it was parked and last tried, and why it failed.
     */
    public record ParkedEvent(String eventId, String stream, Long sequence, String eventType, Instant parkedAt,
                              Instant lastTriedAt, String causeType, String causeMessage) {

        static ParkedEvent of(DeadLetter<? extends EventMessage<?>> letter) {
            EventMessage<?> event = letter.message();
            DomainEventMessage<?> domainEvent = event instanceof DomainEventMessage<?> d ? d : null;
            Optional<Cause> cause = letter.cause();
            return new ParkedEvent(event.getIdentifier(),
                    domainEvent == null ? null : domainEvent.getAggregateIdentifier(),
                    domainEvent == null ? null : domainEvent.getSequenceNumber(),
                    event.getPayloadType().getSimpleName(), letter.enqueuedAt(), letter.lastTouched(),
                    cause.map(Cause::type).orElse(null), cause.map(Cause::message).orElse(null));
        }
    }

    /** @param applied events that were applied and left the queue; @param stillParked what is still parked */
    public record Retry(long applied, long stillParked) {
    }
}
