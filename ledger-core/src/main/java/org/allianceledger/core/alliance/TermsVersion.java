package org.allianceledger.core.alliance;

/** Agreed terms with their version number: 1 for the proposal, then one more per agreed amendment. */
public record TermsVersion(int version, Terms terms) {
}
