package org.allianceledger.api.command;

import org.allianceledger.api.idempotency.IdempotencyFilter;
import org.allianceledger.api.security.Caller;
import org.allianceledger.api.web.CorrelationIdFilter;
import org.allianceledger.core.rule.RuleViolation;
import org.allianceledger.writemodel.turn.AggregateTurns;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Sends a command on behalf of a caller, with the audit metadata its events will carry. Each attempt runs in a
 * savepoint of the caller's transaction if there is one (Idempotency-Key), else in a transaction of its own;
 * inside a caller's transaction the command first waits for its turn on the aggregate ({@link AggregateTurns}).
 * When another write to the same aggregate won the race (its event took the sequence number, or it created the
 * aggregate first, or the alliance a journey command read has changed), the command is decided again on the new
 * state, up to {@value #ATTEMPTS} times, keyed or not. A command refused on the copy of its aggregate kept in
 * memory (another instance may have moved the aggregate on) is decided once more on the stored events before
 * the refusal is answered. A command that lost a race on a unique key of the command side's tables is answered
 * 409 with the problem its check names ({@link UniqueKeyRace}); nothing of it is stored.
 */
@Component
public class LedgerCommands {

    static final int ATTEMPTS = 3;

    private final CommandGateway gateway;
    private final CommandMetrics metrics;
    private final AggregateCache aggregates;
    private final AggregateTurns turns;

    LedgerCommands(CommandGateway gateway, CommandMetrics metrics, AggregateCache aggregates, AggregateTurns turns) {
        this.gateway = gateway;
        this.metrics = metrics;
        this.aggregates = aggregates;
        this.turns = turns;
    }

    public <R> R send(Object command, Caller caller) {
        return sendBuiltFrom(() -> command, caller);
    }

    /**
     * Sends a command on an alliance the caller read at {@code expectedVersion} (If-Match): refused with
     * ConflictingAggregateVersionException (412) if the alliance has moved on when it is loaded.
     */
    public <R> R sendExpecting(long expectedVersion, Object command, Caller caller) {
        Map<String, String> metaData = metaData(caller);
        metaData.put(CommandMetaData.EXPECTED_VERSION, Long.toString(expectedVersion));
        return metrics.timed(command, () -> sendWithRetries(command, () -> command, metaData));
    }

    /**
     * Sends a command built from state read outside the aggregate (for a journey, its alliance): each attempt
     * builds it again, so a command that lost a race is decided on what the winner changed.
     */
    public <R> R sendBuiltFrom(Supplier<?> command, Caller caller) {
        Object first = command.get();
        return metrics.timed(first, () -> sendWithRetries(first, command, metaData(caller)));
    }

    private static Map<String, String> metaData(Caller caller) {
        return CommandMetaData.of(caller, CorrelationIdFilter.current(), IdempotencyFilter.currentKey());
    }

    private <R> R sendWithRetries(Object first, Supplier<?> command, Map<String, String> metaData) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            aggregates.holdBackUntilCallerCompletes();
            CommandTarget.of(GenericCommandMessage.asCommandMessage(first)).ifPresent(turns::takeUntilCommit);
        }
        boolean decidedOnStoredEvents = false;
        for (int attempt = 1; ; attempt++) {
            CommandMessage<?> message = GenericCommandMessage.asCommandMessage(attempt == 1 ? first : command.get())
                    .andMetaData(metaData);
            boolean onCachedCopy = aggregates.holdsTargetOf(message);
            try {
                return gateway.sendAndWait(message);
            } catch (ConcurrencyException | AggregateStreamCreationException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            } catch (RuleViolation | ConflictingAggregateVersionException refused) {
                if (decidedOnStoredEvents || !onCachedCopy) {
                    throw refused;
                }
                decidedOnStoredEvents = true;
            } catch (RuntimeException failed) {
                throw UniqueKeyRace.in(failed).map(RuntimeException.class::cast).orElse(failed);
            }
        }
    }
}
