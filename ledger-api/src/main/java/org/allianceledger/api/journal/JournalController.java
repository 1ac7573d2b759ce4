package org.allianceledger.api.journal;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.allianceledger.api.alliance.AllianceAccess;
import org.allianceledger.api.problem.InvalidRequest;
import org.allianceledger.api.security.Caller;
import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.writemodel.directory.AllianceView;
import org.allianceledger.projections.export.JournalCsv;
import org.allianceledger.projections.export.PlainTextJournal;
import org.allianceledger.projections.journal.Journal;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The double-entry journal of an alliance: JSON pages (cursor = the last entryId seen), or the whole journal
 * as CSV or as a plain-text accounting journal for hledger / ledger.
 */
@RestController
class JournalController {

    private final AllianceAccess access;
    private final Journal journal;

    JournalController(AllianceAccess access, Journal journal) {
        this.access = access;
        this.journal = journal;
    }

    /** JSON is paginated; CSV and ledger stream the whole journal. */
    @Operation(summary = "Double-entry journal",
            description = "One entry per financial event, one line per partner, lines summing to zero. JSON is paginated by cursor (after = the last entryId seen); csv and ledger (a plain-text journal for hledger) stream the whole journal.")
    @GetMapping("/api/v1/alliances/{allianceId}/journal")
    JournalPage journal(@PathVariable UUID allianceId,
                        @RequestParam(defaultValue = "json") String format,
                        @RequestParam(defaultValue = "0") @Min(0) long after,
                        @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit,
                        @AuthenticationPrincipal Caller caller, HttpServletResponse response) throws IOException {
        switch (format) {
            case "json" -> {
                return page(allianceId, after, limit, caller);
            }
            case "csv" -> export(allianceId, caller, response, "text/csv", "csv", JournalCsv::new);
            case "ledger" -> export(allianceId, caller, response, MediaType.TEXT_PLAIN_VALUE, "journal",
                    PlainTextJournal::new);
            default -> throw new InvalidRequest("format", "format must be json, csv or ledger");
        }
        return null;
    }

    private JournalPage page(UUID allianceId, long after, int limit, Caller caller) {
        AllianceView alliance = access.visibleTo(new AllianceId(allianceId), caller);
        List<Journal.Entry> entries = journal.page(alliance.allianceId(), after, limit);
        Long next = entries.size() == limit ? entries.getLast().entryId() : null;
        return new JournalPage(alliance.allianceId(), entries, next);
    }

    private void export(UUID allianceId, Caller caller, HttpServletResponse response, String contentType,
                        String extension, Function<Writer, Consumer<Journal.Entry>> format) throws IOException {
        AllianceView alliance = access.visibleTo(new AllianceId(allianceId), caller);
        response.setContentType(contentType + ";charset=UTF-8");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"journal-" + alliance.allianceId() + "." + extension + "\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer out = response.getWriter();
        journal.forEach(alliance.allianceId(), format.apply(out));
        out.flush();
    }

    /** nextCursor: pass it as {@code after} for the next page; null on the last page. */
    record JournalPage(AllianceId allianceId, List<Journal.Entry> entries, Long nextCursor) {
    }
}
