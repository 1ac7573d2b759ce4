package org.allianceledger.api.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The tracking projections (read models fed from the event store), how far each has read, and their
 * rebuild: stop, clear the tables and reset the token to the first event, start again.
 */
@Component
public class Projections {

    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;
    private final ParkedEvents parked;

    Projections(EventProcessingConfiguration processing, JdbcClient jdbc, ParkedEvents parked) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.parked = parked;
    }

    public List<Progress> progress() {
        long head = head();
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .sorted(Comparator.comparing(StreamingEventProcessor::getName))
                .map(processor -> progressOf(processor, head))
                .toList();
    }

    public Optional<Progress> progress(String name) {
        return streaming(name).map(processor -> progressOf(processor, head()));
    }

    /** Rebuilds one projection from the first event; progress shows how far it got. */
    public Optional<Progress> replay(String name) {
        return streaming(name).map(processor -> {
            processor.shutDown();
            processor.resetTokens();
            processor.start();
            return progressOf(processor, head());
        });
    }

    private Optional<StreamingEventProcessor> streaming(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class);
    }

    /**
     * How long ago the oldest event a projection has not read yet was recorded: 0 when it is up to date.
     */
    public double lagSeconds(String name, Instant now) {
        return progress(name).filter(progress -> progress.lag() > 0)
                .flatMap(progress -> jdbc.sql("SELECT timestamp FROM domainevententry WHERE globalindex > :done "
                                + "ORDER BY globalindex LIMIT 1")
                        .param("done", progress.eventsDone())
                        .query(String.class)
                        .optional())
                .map(timestamp -> Math.max(0, Duration.between(Instant.parse(timestamp), now).toMillis() / 1000.0))
                .orElse(0.0);
    }

    /** The global index of the newest event: what a projection has to reach to be up to date. */
    public long head() {
        return jdbc.sql("SELECT COALESCE(MAX(globalindex), 0) FROM domainevententry").query(Long.class).single();
    }

    /**
     * Progress as the token store records it, over every segment whichever instance holds it: the position
     * of a segment is the global index its stored token has reached (a replay token's current position).
     */
    private Progress progressOf(StreamingEventProcessor processor, long head) {
        Tokens tokens = jdbc.sql("""
                        SELECT COALESCE(MIN(COALESCE((t.token->'currentToken'->>'index')::bigint,
                                                     (t.token->>'index')::bigint, 0)), 0) AS position,
                               COALESCE(bool_or(t.replay), false) AS replay, count(*) AS segments
                        FROM (SELECT convert_from(token, 'UTF8')::jsonb AS token, tokentype LIKE '%ReplayToken' AS replay
                              FROM tokenentry WHERE processorname = :name) t""")
                .param("name", processor.getName())
                .query((rs, row) -> new Tokens(rs.getLong("position"), rs.getBoolean("replay"), rs.getInt("segments")))
                .single();
        long position = Math.min(tokens.position(), head);
        boolean inError = processor.processingStatus().values().stream().anyMatch(EventTrackerStatus::isErrorState);
        // Axon keeps a segment's replay token until an event after the reset point arrives; a rebuild that has
        // reached the newest event is done as far as a reader is concerned.
        return new Progress(processor.getName(), processor.isRunning(), tokens.replay() && position < head, inError,
                tokens.segments(), processor.processingStatus().size(), position, head,
                parked.count(processor.getName()));
    }

    private record Tokens(long position, boolean replay, int segments) {
    }

    /**
     * @param segments        the processor's segments, over all instances
     * @param segmentsHere    the segments this instance is processing
     * @param eventsDone      the global index every segment has passed (events up to it are in the tables)
     * @param eventsTotal     the global index of the newest event
     * @param parkedEvents    events the projection could not apply, parked until an administrator retries them
     */
    public record Progress(String name, boolean running, boolean replaying, boolean inError, int segments,
                           int segmentsHere, long eventsDone, long eventsTotal, long parkedEvents) {

        public long lag() {
            return eventsTotal - eventsDone;
        }
    }
}
