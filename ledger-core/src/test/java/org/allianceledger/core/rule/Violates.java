package org.allianceledger.core.rule;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a {@link RuleViolation} of one named rule, for Axon fixtures' expectException. */
public final class Violates extends TypeSafeMatcher<RuleViolation> {

    private final Rule rule;

    private Violates(Rule rule) {
        this.rule = rule;
    }

    public static Matcher<RuleViolation> violates(Rule rule) {
        return new Violates(rule);
    }

    @Override
    protected boolean matchesSafely(RuleViolation violation) {
        return violation.rule() == rule;
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a violation of ").appendValue(rule);
    }

    @Override
    protected void describeMismatchSafely(RuleViolation violation, Description description) {
        description.appendText("violated ").appendValue(violation.rule()).appendText(": ").appendText(violation.getMessage());
    }
}
