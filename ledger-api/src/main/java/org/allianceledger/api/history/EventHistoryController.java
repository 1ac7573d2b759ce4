package org.allianceledger.api.history;

import io.swagger.v3.oas.annotations.Operation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.allianceledger.api.alliance.AllianceAccess;
import org.allianceledger.api.command.CommandMetaData;
import org.allianceledger.api.security.Caller;
import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.writemodel.audit.ChainVerifier;
import org.allianceledger.writemodel.directory.AllianceView;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The facts recorded for an alliance, in order, with who recorded them and when: the audit trail. Read
 * from the event store itself, not from a projection.
 */
@RestController
class EventHistoryController {

    private final AllianceAccess access;
    private final EventStore eventStore;
    private final ChainVerifier chain;
    private final ObjectMapper json;

    EventHistoryController(AllianceAccess access, EventStore eventStore, ChainVerifier chain, ObjectMapper json) {
        this.access = access;
        this.eventStore = eventStore;
        this.chain = chain;
        this.json = json;
    }

    @Operation(summary = "Event history",
            description = "Every fact recorded for the alliance, from the event store, with who recorded it, when, its effective date and its chain hash. Paginated by sequence number.")
    @GetMapping("/api/v1/alliances/{allianceId}/events")
    EventPage events(@PathVariable UUID allianceId,
                     @RequestParam(defaultValue = "-1") @Min(-1) long afterSequence,
                     @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit,
                     @AuthenticationPrincipal Caller caller) {
        AllianceView alliance = access.visibleTo(new AllianceId(allianceId), caller);
        DomainEventStream stream = eventStore.readEvents(alliance.allianceId().toString(), afterSequence + 1);
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        while (stream.hasNext() && messages.size() < limit) {
            messages.add(stream.next());
        }
        Map<Long, String> hashes = messages.isEmpty() ? Map.of() : chain.hashes(alliance.allianceId().toString(),
                messages.getFirst().getSequenceNumber(), messages.getLast().getSequenceNumber());
        List<RecordedEvent> events = messages.stream()
                .map(message -> recorded(message, hashes.get(message.getSequenceNumber())))
                .toList();
        Long next = stream.hasNext() ? events.getLast().sequence() : null;
        return new EventPage(alliance.allianceId(), events, next);
    }

    private RecordedEvent recorded(DomainEventMessage<?> event, String chainHash) {
        JsonNode payload = json.valueToTree(event.getPayload());
        return new RecordedEvent(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                effectiveDate(payload), event.getTimestamp(), (String) event.getMetaData().get(CommandMetaData.ACTOR),
                (String) event.getMetaData().get(CommandMetaData.PARTNER),
                (String) event.getMetaData().get(CommandMetaData.CORRELATION_ID),
                (String) event.getMetaData().get(CommandMetaData.IDEMPOTENCY_KEY),
                event.getIdentifier(), chainHash, payload);
    }

    /** The date a financial fact is dated by (as in the journal); none for the other events. */
    private static LocalDate effectiveDate(JsonNode payload) {
        for (String field : new String[]{"incurredOn", "paidOn"}) {
            if (payload.hasNonNull(field)) {
                return LocalDate.parse(payload.get(field).asText());
            }
        }
        return payload.hasNonNull("occurredAt")
                ? LocalDate.ofInstant(Instant.parse(payload.get("occurredAt").asText()), ZoneOffset.UTC) : null;
    }

    /** One fact: its place in the alliance's history, its type and content, who recorded it and when. */
    record RecordedEvent(long sequence, String type, LocalDate effectiveDate, Instant recordedAt, String actor,
                         String partner, String correlationId, String idempotencyKey, String eventId,
                         String chainHash, JsonNode payload) {
    }

    /** nextAfterSequence: pass it as afterSequence for the next page; null on the last page. */
    record EventPage(AllianceId allianceId, List<RecordedEvent> events, Long nextAfterSequence) {
    }
}
