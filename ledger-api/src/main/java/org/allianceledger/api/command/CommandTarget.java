package org.allianceledger.api.command;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;

import java.util.Optional;

/** The aggregate a command names with {@code @TargetAggregateIdentifier}; none for one that creates it. */
final class CommandTarget {

    static final CommandTargetResolver ANNOTATED = AnnotationCommandTargetResolver.builder().build();

    private CommandTarget() {
    }

    static Optional<String> of(CommandMessage<?> command) {
        try {
            return Optional.of(ANNOTATED.resolveTarget(command).getIdentifier());
        } catch (IllegalArgumentException createsItsAggregate) {
            return Optional.empty();
        }
    }
}
