package org.allianceledger.api.command;

import org.allianceledger.api.idempotency.IdempotencyFilter;
import org.allianceledger.api.security.Caller;
import org.allianceledger.api.web.CorrelationIdFilter;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Sends a command on behalf of a caller, with the audit metadata its events will carry. When another write
 * to the same aggregate won the race (its event took the sequence number, or it created the aggregate first),
 * the command is decided again on the new state, up to {@value #ATTEMPTS} times; inside a caller's transaction
 * (Idempotency-Key, If-Match) that transaction is spoilt, so the conflict goes back to the client as 409 instead.
 * A command that lost a race on a unique key of the command side's tables is answered 409 with the problem its
 * check names ({@link UniqueKeyRace}); nothing of it is stored.
 */
@Component
public class LedgerCommands {

    static final int ATTEMPTS = 3;

    private final CommandGateway gateway;
    private final CommandMetrics metrics;
    private final AggregateCache aggregates;

    LedgerCommands(CommandGateway gateway, CommandMetrics metrics, AggregateCache aggregates) {
        this.gateway = gateway;
        this.metrics = metrics;
        this.aggregates = aggregates;
    }

    public <R> R send(Object command, Caller caller) {
        return sendBuiltFrom(() -> command, caller);
    }

    /**
     * Sends a command built from state read outside the aggregate (for a journey, its alliance): each attempt
     * builds it again, so a command that lost a race is decided on what the winner changed.
     */
    public <R> R sendBuiltFrom(Supplier<?> command, Caller caller) {
        Object first = command.get();
        return metrics.timed(first, () -> sendWithRetries(first, command, caller));
    }

    private <R> R sendWithRetries(Object first, Supplier<?> command, Caller caller) {
        Map<String, String> metaData = CommandMetaData.of(caller, CorrelationIdFilter.current(), IdempotencyFilter.currentKey());
        aggregates.holdBackUntilCallerCompletes();
        for (int attempt = 1; ; attempt++) {
            try {
                return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(attempt == 1 ? first : command.get())
                        .andMetaData(metaData));
            } catch (ConcurrencyException | AggregateStreamCreationException raced) {
                if (attempt == ATTEMPTS || TransactionSynchronizationManager.isActualTransactionActive()) {
                    throw raced;
                }
            } catch (RuntimeException failed) {
                throw UniqueKeyRace.in(failed).map(RuntimeException.class::cast).orElse(failed);
            }
        }
    }
}
