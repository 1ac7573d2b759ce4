package org.allianceledger.core.alliance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.allianceledger.core.rule.Rule;
import org.allianceledger.core.rule.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every agreed version of an alliance's terms, in agreement order. Each version is effective from a later
 * date than the one before, so the version in force on a date is the last one effective on or before it.
 */
public final class TermsHistory {

    @JsonProperty
    private final List<TermsVersion> versions;

    @JsonCreator
    public TermsHistory(@JsonProperty("versions") List<TermsVersion> versions) {
        this.versions = List.copyOf(versions);
    }

    public static TermsHistory initial(Terms terms) {
        return new TermsHistory(List.of(new TermsVersion(1, terms)));
    }

    public List<TermsVersion> versions() {
        return versions;
    }

    public TermsVersion latest() {
        return versions.getLast();
    }

    public TermsHistory with(TermsVersion next) {
        List<TermsVersion> extended = new ArrayList<>(versions);
        extended.add(next);
        return new TermsHistory(extended);
    }

    private Optional<TermsVersion> inForceOn(LocalDate date) {
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (!versions.get(i).terms().effectiveFrom().isAfter(date)) {
                return Optional.of(versions.get(i));
            }
        }
        return Optional.empty();
    }

    /** The terms version that prices a fact dated on this day. */
    public TermsVersion assertTermsInForceOn(LocalDate date) {
        return inForceOn(date).orElseThrow(() -> new RuleViolation(Rule.NO_TERMS_IN_FORCE,
                "no agreed terms are in force on " + date + "; the first terms take effect on "
                        + versions.getFirst().terms().effectiveFrom()));
    }

    /** A new version must take effect after the latest one, so agreed history is never re-priced. */
    public void assertEffectiveAfterLatest(Terms amended) {
        LocalDate current = latest().terms().effectiveFrom();
        if (!amended.effectiveFrom().isAfter(current)) {
            throw new RuleViolation(Rule.AMENDMENT_EFFECTIVE_BEFORE_CURRENT_TERMS,
                    "amended terms must take effect after " + current + " (when terms version "
                            + latest().version() + " took effect), not on " + amended.effectiveFrom());
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TermsHistory that && versions.equals(that.versions);
    }

    @Override
    public int hashCode() {
        return versions.hashCode();
    }
}
