package org.allianceledger.api.alliance;

import jakarta.validation.constraints.Size;

/** Why a partner declines, suspends or dissolves: kept in the event for the audit trail. */
public record ReasonRequest(@Size(max = 500) String reason) {

    public static String of(ReasonRequest request) {
        return request == null || request.reason() == null ? "" : request.reason().strip();
    }
}
