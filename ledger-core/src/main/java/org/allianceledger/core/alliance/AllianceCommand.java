package org.allianceledger.core.alliance;

/** Commands handled by the {@link Alliance} aggregate. */
public sealed interface AllianceCommand permits ProposeAlliance, AcceptAlliance, DeclineAlliance,
        ProposeAmendment, AcceptAmendment, SuspendAlliance, ResumeAlliance, DissolveAlliance {

    AllianceId allianceId();
}
