package org.allianceledger.api.alliance;

import jakarta.validation.constraints.Size;
import org.allianceledger.api.web.PlainText;

/** Why a partner declines, suspends or dissolves: kept in the event for the audit trail. */
public record ReasonRequest(@Size(max = 500) @PlainText(multiline = true) String reason) {

    public static String of(ReasonRequest request) {
        return request == null || request.reason() == null ? "" : request.reason().strip();
    }
}
