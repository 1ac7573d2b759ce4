package org.allianceledger.api.command;

import org.allianceledger.api.security.Caller;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The audit metadata every command, and so every event, carries. */
public final class CommandMetaData {

    public static final String ACTOR = "actor";
    public static final String PARTNER = "partner";
    public static final String CORRELATION_ID = "correlationId";
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    public static final String[] KEYS = {ACTOR, PARTNER, CORRELATION_ID, IDEMPOTENCY_KEY};
    /** The aggregate version the caller decided on (If-Match); read by Axon when it loads the aggregate, not kept. */
    static final String EXPECTED_VERSION = "expectedVersion";

    private CommandMetaData() {
    }

    static Map<String, String> of(Caller caller, String correlationId, Optional<String> idempotencyKey) {
        Map<String, String> metaData = new HashMap<>();
        metaData.put(ACTOR, caller.keyId());
        caller.partner().ifPresent(partner -> metaData.put(PARTNER, partner.value()));
        metaData.put(CORRELATION_ID, correlationId);
        idempotencyKey.ifPresent(key -> metaData.put(IDEMPOTENCY_KEY, key));
        return metaData;
    }
}
