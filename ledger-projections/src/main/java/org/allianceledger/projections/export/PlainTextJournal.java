package org.allianceledger.projections.export;

import org.allianceledger.projections.journal.Journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;

/**
 * The journal as a plain-text accounting journal that hledger and ledger read: one balanced transaction per
 * entry, dated by its effective date, one posting per partner on account {@code partner:<id>} (positive:
 * the alliance owes the partner). The entry id, event id and recorded time follow as a comment.
 */
public final class PlainTextJournal implements Consumer<Journal.Entry> {

    private final Writer out;

    public PlainTextJournal(Writer out) {
        this.out = out;
    }

    @Override
    public void accept(Journal.Entry entry) {
        StringBuilder transaction = new StringBuilder()
                .append(entry.effectiveDate()).append(' ')
                .append(entry.kind().name()).append(" | ").append(oneLine(entry.description()))
                .append("  ; entry:").append(entry.entryId())
                .append(", event:").append(entry.eventId())
                .append(", recorded:").append(entry.recordedAt())
                .append('\n');
        for (Journal.Line line : entry.lines()) {
            transaction.append("    partner:").append(line.partnerId().value())
                    .append("  ").append(line.amount().amount().toPlainString())
                    .append(' ').append(line.amount().currency().getCurrencyCode())
                    .append('\n');
        }
        try {
            out.write(transaction.append('\n').toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A description cannot break the transaction's layout or start a comment. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n;|]+", " ").strip();
    }
}
