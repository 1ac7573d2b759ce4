package org.allianceledger.core.alliance;

/** Commands handled by the {@link Alliance} aggregate. */
public sealed interface AllianceCommand permits ProposeAlliance, AcceptAlliance, DeclineAlliance,
        ProposeAmendment, AcceptAmendment, SuspendAlliance, ResumeAlliance, DissolveAlliance,
        LaunchCampaign, CommitBudget, RecordSpend, ReverseSpend, CloseCampaign, RecordSettlementPayment {

    AllianceId allianceId();
}
