package org.allianceledger.api.alliance;

import org.allianceledger.api.problem.InvalidRequest;
import org.allianceledger.writemodel.directory.AllianceDirectory;
import org.allianceledger.writemodel.directory.AllianceView;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** The opaque page cursor of the alliance list: where the previous page ended. */
final class AllianceCursor {

    private AllianceCursor() {
    }

    static String encode(AllianceView last) {
        String position = last.proposedAt() + "|" + last.allianceId();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    static AllianceDirectory.Cursor decode(String cursor) {
        try {
            String[] position = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            return new AllianceDirectory.Cursor(Instant.parse(position[0]), UUID.fromString(position[1]));
        } catch (RuntimeException e) {
            throw new InvalidRequest("after", "after must be a nextCursor returned by this list");
        }
    }
}
