package org.allianceledger.writemodel.audit;

import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.writemodel.support.Sha256;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Recomputes the hash chain of every stream from the event table itself and compares it with the chain
 * the database wrote when each event was appended. A payload changed afterwards, an event deleted or
 * inserted, or a chain row altered: the first such place is reported.
 */
@Repository
public class ChainVerifier {

    public record Verification(long eventsChecked, boolean ok, Mismatch firstMismatch) {
    }

    /** Where the chain breaks: the stream (and its alliance, when it belongs to one) and the sequence number. */
    public record Mismatch(String allianceId, String stream, long sequence, String reason) {
    }

    private final JdbcClient jdbc;

    public ChainVerifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every stream, or the streams of one alliance: its own and its customer journeys'. */
    public Verification verify(Optional<AllianceId> alliance) {
        Walk walk = new Walk();
        jdbc.sql("""
                        SELECT COALESCE(e.aggregateidentifier, c.aggregateidentifier) AS stream,
                               COALESCE(e.sequencenumber, c.sequencenumber) AS sequence,
                               e.type, e.payload, e.aggregateidentifier IS NOT NULL AS stored,
                               c.hash, c.previous_hash
                        FROM domainevententry e
                        FULL OUTER JOIN event_chain c
                          ON c.aggregateidentifier = e.aggregateidentifier AND c.sequencenumber = e.sequencenumber
                        WHERE CAST(:alliance AS TEXT) IS NULL
                           OR COALESCE(e.aggregateidentifier, c.aggregateidentifier) = :alliance
                           OR COALESCE(e.aggregateidentifier, c.aggregateidentifier) LIKE :alliance || ':%'
                        ORDER BY 1, 2""")
                .param("alliance", alliance.map(AllianceId::toString).orElse(null))
                .query(rs -> {
                    walk.next(rs.getString("stream"), rs.getLong("sequence"), rs.getBoolean("stored"),
                            rs.getString("type"), rs.getBytes("payload"), rs.getBytes("hash"), rs.getBytes("previous_hash"));
                });
        return new Verification(walk.checked, walk.mismatch == null, walk.mismatch);
    }

    /** Walks the events stream by stream in sequence order, carrying the recomputed hash along. */
    private static final class Walk {

        private String stream;
        private long expectedSequence;
        private byte[] previous;
        private long checked;
        private Mismatch mismatch;

        void next(String rowStream, long sequence, boolean stored, String type, byte[] payload, byte[] hash,
                  byte[] storedPrevious) {
            if (mismatch != null) {
                return;
            }
            if (!rowStream.equals(stream)) {
                stream = rowStream;
                expectedSequence = 0;
                previous = null;
            }
            checked++;
            if (sequence != expectedSequence) {
                fail(expectedSequence, "event " + expectedSequence + " of this stream is missing");
            } else if (!stored) {
                fail(sequence, "the event was deleted: its chain entry has no event");
            } else if (hash == null) {
                fail(sequence, "the event has no chain entry: it was inserted outside the ledger");
            } else {
                byte[] recomputed = link(previous, rowStream, sequence, type, payload);
                if (!Arrays.equals(recomputed, hash) || !Arrays.equals(previous, storedPrevious)) {
                    fail(sequence, "the stored event does not match the hash written when it was recorded");
                }
                previous = recomputed;
            }
            expectedSequence = sequence + 1;
        }

        private void fail(long sequence, String reason) {
            String allianceId = stream.matches("[0-9a-f-]{36}(:.*)?") ? stream.substring(0, 36) : null;
            mismatch = new Mismatch(allianceId, stream, sequence, reason);
        }
    }

    /** The same link the database computes (event_chain_link in the V8 migration). */
    static byte[] link(byte[] previous, String stream, long sequence, String type, byte[] payload) {
        return Sha256.of(previous == null ? new byte[0] : previous,
                (stream + "|" + sequence + "|" + (type == null ? "" : type) + "|").getBytes(StandardCharsets.UTF_8),
                payload);
    }

    /** The newest link of a stream: what a partner keeps to check later that history was not rewritten. */
    public Optional<ChainHead> head(String stream) {
        return jdbc.sql("""
                        SELECT sequencenumber, hash FROM event_chain WHERE aggregateidentifier = :stream
                        ORDER BY sequencenumber DESC LIMIT 1""")
                .param("stream", stream)
                .query((rs, row) -> new ChainHead(stream, rs.getLong("sequencenumber"),
                        HexFormat.of().formatHex(rs.getBytes("hash"))))
                .optional();
    }

    public record ChainHead(String stream, long sequence, String hash) {
    }

    /** The chain hash (hex) of each event of a stream from one sequence number to another. */
    public Map<Long, String> hashes(String stream, long fromSequence, long toSequence) {
        Map<Long, String> hashes = new HashMap<>();
        jdbc.sql("""
                        SELECT sequencenumber, hash FROM event_chain
                        WHERE aggregateidentifier = :stream AND sequencenumber BETWEEN :from AND :to""")
                .param("stream", stream)
                .param("from", fromSequence)
                .param("to", toSequence)
                .query(rs -> {
                    hashes.put(rs.getLong("sequencenumber"), HexFormat.of().formatHex(rs.getBytes("hash")));
                });
        return hashes;
    }
}
