package org.allianceledger.api.web;

import org.allianceledger.api.problem.InvalidRequest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A report's {@code groupBy} query parameter: one of an enum's values, in any case. */
public final class GroupByParameter {

    private GroupByParameter() {
    }

    public static <E extends Enum<E>> E parse(String value, Class<E> grouping) {
        return Arrays.stream(grouping.getEnumConstants())
                .filter(candidate -> candidate.name().equalsIgnoreCase(value))
                .findFirst()
                .orElseThrow(() -> new InvalidRequest("groupBy", "groupBy must be one of "
                        + Arrays.stream(grouping.getEnumConstants())
                        .map(constant -> constant.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", "))));
    }
}
