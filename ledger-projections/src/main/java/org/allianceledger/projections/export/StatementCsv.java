package org.allianceledger.projections.export;

import org.allianceledger.writemodel.audit.ChainVerifier;
import org.allianceledger.projections.journal.Statements;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * A partner statement as CSV: an OPENING row, one row per journal line with its running balance, a
 * CLOSING row, and the chain head the statement was produced at, so the file can be checked later.
 */
public final class StatementCsv {

    private StatementCsv() {
    }

    public static void write(Statements.Statement statement, ChainVerifier.ChainHead chainHead, Writer out) {
        String currency = statement.opening().currency().getCurrencyCode();
        StringBuilder csv = new StringBuilder("row,entry_id,effective_date,recorded_at,kind,terms_version,description,"
                + "amount,balance,currency\r\n");
        csv.append("OPENING,,").append(statement.from()).append(",,,,,,")
                .append(statement.opening().amount().toPlainString()).append(',').append(currency).append("\r\n");
        for (Statements.Line line : statement.lines()) {
            csv.append(String.join(",", "LINE", Long.toString(line.entryId()), line.effectiveDate().toString(),
                    line.recordedAt().toString(), line.kind().name(),
                    line.termsVersion() == null ? "" : line.termsVersion().toString(),
                    "\"" + line.description().replace("\"", "\"\"") + "\"",
                    line.amount().amount().toPlainString(), line.balance().amount().toPlainString(), currency))
                    .append("\r\n");
        }
        csv.append("CLOSING,,").append(statement.to()).append(",,,,,,")
                .append(statement.closing().amount().toPlainString()).append(',').append(currency).append("\r\n");
        if (chainHead != null) {
            csv.append("CHAIN_HEAD,").append(chainHead.sequence()).append(",,,,,")
                    .append(chainHead.hash()).append(",,,\r\n");
        }
        try {
            out.write(csv.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
