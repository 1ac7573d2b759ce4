package org.allianceledger.api.journey;

import org.allianceledger.core.journey.JourneyCommand;
import org.allianceledger.writemodel.directory.AllianceDirectory;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

/**
 * A journey command is decided on the alliance's status, partners and terms as its sender read them. In the
 * command's own transaction, before it is decided, this holds the alliance's row for share and checks that
 * the alliance is still at the version read: a suspension, dissolution or amendment that committed meanwhile
 * makes the command be decided again on the new state (it is a {@link ConcurrencyException}), and one that has
 * not committed yet waits for the journey's commit. So no referral or conversion commits after a suspension
 * that it did not see, and none is priced by terms an amendment replaced before it committed.
 */
@Component
class AllianceUnchangedSinceRead implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final AllianceDirectory directory;

    AllianceUnchangedSinceRead(AllianceDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork,
                         InterceptorChain interceptorChain) throws Exception {
        if (unitOfWork.getMessage().getPayload() instanceof JourneyCommand command) {
            long read = command.alliance().allianceVersion();
            long now = directory.versionHeldForShare(command.journeyId().allianceId()).orElse(-1);
            if (now != read) {
                throw new AllianceChanged(read, now);
            }
        }
        return interceptorChain.proceed();
    }

    /** The alliance moved on between reading it and deciding on it. */
    static final class AllianceChanged extends ConcurrencyException {

        AllianceChanged(long read, long now) {
            super("the alliance changed from version " + read + " to " + now + " while the command was sent");
        }
    }
}
