package org.allianceledger.core.alliance;

import java.util.Objects;

/** How a conversion's commission is attributed to the referrals within the lookback window. */
public record Attribution(AttributionModel model, int lookbackDays) {

    public static final int MAX_LOOKBACK_DAYS = 365;

    public Attribution {
        Objects.requireNonNull(model, "attribution model");
        if (lookbackDays < 1 || lookbackDays > MAX_LOOKBACK_DAYS) {
            throw new IllegalArgumentException("lookbackDays must be between 1 and 365, got " + lookbackDays);
        }
    }
}
