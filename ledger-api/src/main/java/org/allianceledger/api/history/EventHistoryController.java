package org.allianceledger.api.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.allianceledger.api.alliance.AllianceAccess;
import org.allianceledger.api.command.CommandMetaData;
import org.allianceledger.api.security.Caller;
import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.projections.directory.AllianceView;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The facts recorded for an alliance, in order, with who recorded them and when: the audit trail. Read
 * from the event store itself, not from a projection.
 */
@RestController
class EventHistoryController {

    private final AllianceAccess access;
    private final EventStore eventStore;
    private final ObjectMapper json;

    EventHistoryController(AllianceAccess access, EventStore eventStore, ObjectMapper json) {
        this.access = access;
        this.eventStore = eventStore;
        this.json = json;
    }

    @GetMapping("/api/v1/alliances/{allianceId}/events")
    EventPage events(@PathVariable UUID allianceId,
                     @RequestParam(defaultValue = "-1") @Min(-1) long afterSequence,
                     @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit,
                     @AuthenticationPrincipal Caller caller) {
        AllianceView alliance = access.visibleTo(new AllianceId(allianceId), caller);
        DomainEventStream stream = eventStore.readEvents(alliance.allianceId().toString(), afterSequence + 1);
        List<RecordedEvent> events = new ArrayList<>();
        while (stream.hasNext() && events.size() < limit) {
            events.add(recorded(stream.next()));
        }
        Long next = stream.hasNext() ? events.getLast().sequence() : null;
        return new EventPage(alliance.allianceId(), events, next);
    }

    private RecordedEvent recorded(DomainEventMessage<?> event) {
        return new RecordedEvent(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                event.getTimestamp(), (String) event.getMetaData().get(CommandMetaData.ACTOR),
                (String) event.getMetaData().get(CommandMetaData.PARTNER),
                (String) event.getMetaData().get(CommandMetaData.CORRELATION_ID),
                (String) event.getMetaData().get(CommandMetaData.IDEMPOTENCY_KEY),
                event.getIdentifier(), json.valueToTree(event.getPayload()));
    }

    /** One fact: its place in the alliance's history, its type and content, who recorded it and when. */
    record RecordedEvent(long sequence, String type, Instant recordedAt, String actor, String partner,
                         String correlationId, String idempotencyKey, String eventId, JsonNode payload) {
    }

    /** nextAfterSequence: pass it as afterSequence for the next page; null on the last page. */
    record EventPage(AllianceId allianceId, List<RecordedEvent> events, Long nextAfterSequence) {
    }
}
