package org.allianceledger.api.command;

import org.allianceledger.api.security.Caller;
import org.allianceledger.api.web.CorrelationIdFilter;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/** Sends a command on behalf of a caller, with the audit metadata its events will carry. */
@Component
public class LedgerCommands {

    private final CommandGateway gateway;

    public LedgerCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    public <R> R send(Object command, Caller caller) {
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(CommandMetaData.of(caller, CorrelationIdFilter.current())));
    }
}
