package org.allianceledger.core.alliance;

public enum AttributionModel {
    FIRST_TOUCH, LAST_TOUCH, LINEAR
}
