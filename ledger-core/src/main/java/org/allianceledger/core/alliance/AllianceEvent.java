package org.allianceledger.core.alliance;

/** Facts recorded by the {@link Alliance} aggregate. */
public sealed interface AllianceEvent permits AllianceProposed, AllianceAccepted, AllianceActivated,
        AllianceDeclined, AmendmentProposed, AmendmentAccepted, TermsAmended, AllianceSuspended, AllianceResumed,
        AllianceDissolved, CampaignLaunched, BudgetCommitted, SpendRecorded, SpendReversed, CampaignClosed,
        SettlementPaymentRecorded {

    AllianceId allianceId();
}
