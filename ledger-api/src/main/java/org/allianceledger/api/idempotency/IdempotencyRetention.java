package org.allianceledger.api.idempotency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/** Forgets stored responses once they are older than the retention (48 hours by default; at least 24). */
@Component
class IdempotencyRetention {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyRetention.class);

    private final IdempotencyRecords records;
    private final Clock clock;
    private final Duration retention;

    IdempotencyRetention(IdempotencyRecords records, Clock clock,
                         @Value("${ledger.idempotency-retention:PT48H}") Duration retention) {
        if (retention.compareTo(Duration.ofHours(24)) < 0) {
            throw new IllegalArgumentException("ledger.idempotency-retention must be at least 24 hours, got " + retention);
        }
        this.records = records;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void forgetOldResponses() {
        int forgotten = records.forgetOlderThan(clock.instant().minus(retention));
        if (forgotten > 0) {
            log.info("Forgot {} idempotent responses older than {}", forgotten, retention);
        }
    }
}
