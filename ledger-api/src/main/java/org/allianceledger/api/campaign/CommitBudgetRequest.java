package org.allianceledger.api.campaign;

import jakarta.validation.constraints.NotNull;
import org.allianceledger.core.money.Money;

public record CommitBudgetRequest(@NotNull Money amount) {
}
