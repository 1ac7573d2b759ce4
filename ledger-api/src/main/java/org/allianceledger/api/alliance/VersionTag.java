package org.allianceledger.api.alliance;

import java.util.Arrays;
import java.util.stream.Stream;

/** The alliance version as an HTTP entity tag ("7"), and matching an If-Match header against it. */
final class VersionTag {

    private VersionTag() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    /** If-Match: *, which any existing alliance matches. */
    static boolean isAny(String ifMatch) {
        return tags(ifMatch).anyMatch("*"::equals);
    }

    /** If-Match may be *, one tag or a list of tags; weak tags (W/"7") count as their value. */
    static boolean matches(String ifMatch, long version) {
        String current = of(version);
        return tags(ifMatch).anyMatch(tag -> tag.equals("*") || tag.equals(current));
    }

    private static Stream<String> tags(String ifMatch) {
        return Arrays.stream(ifMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag);
    }
}
