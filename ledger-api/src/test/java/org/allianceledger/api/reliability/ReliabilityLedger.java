package org.allianceledger.api.reliability;

import org.allianceledger.api.support.RunningLedger;
import org.springframework.test.context.TestPropertySource;

/**
 * The running service for the reliability tests (and the model-based test), in a context of their own: their
 * races, retries and hostile requests move counters (replays, refusals) and fill projections that other tests
 * read as exact values.
 */
@TestPropertySource(properties = "ledger.test-context=reliability")
public abstract class ReliabilityLedger extends RunningLedger {
}
