package org.allianceledger.api.alliance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.allianceledger.core.alliance.Attribution;
import org.allianceledger.core.alliance.AttributionModel;
import org.allianceledger.core.alliance.Terms;
import org.allianceledger.core.money.BasisPoints;
import org.allianceledger.core.partner.PartnerId;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Terms as partner systems send them; shares and commission are basis points (10000 = 100%). */
public record TermsRequest(@NotNull LocalDate effectiveFrom,
                           @NotEmpty Map<PartnerId, @NotNull @Min(0) @Max(10000) Integer> costShareBps,
                           @NotNull @Min(0) @Max(10000) Integer referralCommissionBps,
                           @NotNull @Valid AttributionRequest attribution) {

    public Terms toTerms() {
        Map<PartnerId, BasisPoints> shares = new LinkedHashMap<>();
        costShareBps.forEach((partner, bps) -> shares.put(partner, BasisPoints.of(bps)));
        return new Terms(effectiveFrom, shares, BasisPoints.of(referralCommissionBps),
                new Attribution(attribution.model(), attribution.lookbackDays()));
    }

    public record AttributionRequest(@NotNull AttributionModel model,
                                     @NotNull @Min(1) @Max(365) Integer lookbackDays) {
    }
}
