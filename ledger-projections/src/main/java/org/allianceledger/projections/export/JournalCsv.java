package org.allianceledger.projections.export;

import org.allianceledger.projections.journal.Journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;

/** The journal as CSV (RFC 4180): one row per journal line, so a spreadsheet can pivot by partner. */
public final class JournalCsv implements Consumer<Journal.Entry> {

    static final String HEADER = "entry_id,event_id,kind,effective_date,recorded_at,terms_version,description,"
            + "partner_id,amount,currency\r\n";

    private final Writer out;

    public JournalCsv(Writer out) {
        this.out = out;
        write(HEADER);
    }

    @Override
    public void accept(Journal.Entry entry) {
        for (Journal.Line line : entry.lines()) {
            write(String.join(",",
                    Long.toString(entry.entryId()),
                    entry.eventId(),
                    entry.kind().name(),
                    entry.effectiveDate().toString(),
                    entry.recordedAt().toString(),
                    entry.termsVersion() == null ? "" : entry.termsVersion().toString(),
                    quoted(entry.description()),
                    line.partnerId().value(),
                    line.amount().amount().toPlainString(),
                    line.amount().currency().getCurrencyCode()) + "\r\n");
        }
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
