package org.allianceledger.api.command;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * The aggregate a command targets (its {@code @TargetAggregateIdentifier}) and, when the caller sent If-Match,
 * the version it expects the aggregate at, from the command's metadata. Axon compares it with the aggregate it
 * loads and refuses the command with ConflictingAggregateVersionException when the aggregate has moved on.
 */
public final class ExpectedVersionTarget implements CommandTargetResolver {

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Object expected = command.getMetaData().get(CommandMetaData.EXPECTED_VERSION);
        return new VersionedAggregateIdentifier((Object) CommandTarget.ANNOTATED.resolveTarget(command).getIdentifier(),
                expected == null ? null : Long.valueOf(expected.toString()));
    }
}
