package org.allianceledger.writemodel.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.core.alliance.AllianceKind;
import org.allianceledger.core.alliance.AllianceStatus;
import org.allianceledger.core.alliance.AmendmentId;
import org.allianceledger.core.alliance.Terms;
import org.allianceledger.core.alliance.TermsHistory;
import org.allianceledger.core.alliance.TermsVersion;
import org.allianceledger.core.partner.PartnerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import static org.allianceledger.writemodel.support.Sql.instant;
import static org.allianceledger.writemodel.support.Sql.utc;

/** Reads the alliance directory. */
@Repository
public class AllianceDirectory {

    private static final String SELECT_ALLIANCE = """
            SELECT alliance_id, name, kind, currency, status, proposed_by, terms::text AS terms, terms_version,
                   version, proposed_at, updated_at
            FROM alliance_directory""";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public AllianceDirectory(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<AllianceView> find(AllianceId allianceId) {
        return jdbc.sql(SELECT_ALLIANCE + " WHERE alliance_id = :id")
                .param("id", allianceId.value())
                .query(this::alliance)
                .optional();
    }

    /** The alliance's current version (its ETag), without reading the rest of it. */
    public OptionalLong version(AllianceId allianceId) {
        return versionWhere(allianceId, "");
    }

    /** The partners of an alliance, in their order; empty when there is no such alliance. They never change. */
    public List<PartnerId> partners(AllianceId allianceId) {
        return members(allianceId.value()).stream().map(AllianceView.Member::partnerId).toList();
    }

    /**
     * The alliance's current version, holding its directory row against change until the transaction ends
     * (every alliance event updates the row, so a concurrent alliance command waits, and this waits for one
     * that has not committed yet). Decisions that depend on the alliance's state compare it with the version
     * they read.
     */
    public OptionalLong versionHeldForShare(AllianceId allianceId) {
        return versionWhere(allianceId, " FOR SHARE");
    }

    private OptionalLong versionWhere(AllianceId allianceId, String lock) {
        return jdbc.sql("SELECT version FROM alliance_directory WHERE alliance_id = :id" + lock)
                .param("id", allianceId.value())
                .query(Long.class)
                .optional()
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }

    /**
     * A page of alliances, newest first: those the partner belongs to, or every alliance when no partner is
     * given (auditors). The cursor is the last alliance of the previous page.
     */
    public List<AllianceView> page(Optional<PartnerId> member, Optional<Cursor> after, int limit) {
        return jdbc.sql(SELECT_ALLIANCE + """
                         \sWHERE (CAST(:partner AS TEXT) IS NULL
                                OR alliance_id IN (SELECT alliance_id FROM alliance_member WHERE partner_id = :partner))
                           AND (CAST(:afterAt AS TIMESTAMPTZ) IS NULL
                                OR (proposed_at, alliance_id) < (CAST(:afterAt AS TIMESTAMPTZ), CAST(:afterId AS UUID)))
                         ORDER BY proposed_at DESC, alliance_id DESC
                         LIMIT :limit""")
                .param("partner", member.map(PartnerId::value).orElse(null))
                .param("afterAt", after.map(cursor -> utc(cursor.proposedAt())).orElse(null))
                .param("afterId", after.map(Cursor::allianceId).orElse(null))
                .param("limit", limit)
                .query(this::alliance)
                .list();
    }

    /** Where a page of alliances ends: the proposal time and id of its last alliance. */
    public record Cursor(Instant proposedAt, UUID allianceId) {

        public static Cursor after(AllianceView alliance) {
            return new Cursor(alliance.proposedAt(), alliance.allianceId().value());
        }
    }

    private AllianceView alliance(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("alliance_id", UUID.class);
        return new AllianceView(
                new AllianceId(id),
                rs.getString("name"),
                AllianceKind.valueOf(rs.getString("kind")),
                Currency.getInstance(rs.getString("currency")),
                AllianceStatus.valueOf(rs.getString("status")),
                PartnerId.of(rs.getString("proposed_by")),
                members(id),
                rs.getInt("terms_version"),
                terms(rs.getString("terms")),
                amendments(id),
                rs.getLong("version"),
                instant(rs, "proposed_at"),
                instant(rs, "updated_at"));
    }

    private List<AllianceView.Member> members(UUID allianceId) {
        return jdbc.sql("""
                        SELECT partner_id, accepted_at FROM alliance_member
                        WHERE alliance_id = :id ORDER BY position""")
                .param("id", allianceId)
                .query((rs, row) -> new AllianceView.Member(PartnerId.of(rs.getString("partner_id")),
                        instant(rs, "accepted_at")))
                .list();
    }

    private List<AllianceView.Amendment> amendments(UUID allianceId) {
        return jdbc.sql("""
                        SELECT amendment_id, proposed_by, terms::text AS terms, accepted_by, agreed_as, proposed_at
                        FROM alliance_amendment WHERE alliance_id = :id ORDER BY proposed_at, amendment_id""")
                .param("id", allianceId)
                .query((rs, row) -> new AllianceView.Amendment(
                        new AmendmentId(rs.getObject("amendment_id", UUID.class)),
                        PartnerId.of(rs.getString("proposed_by")),
                        terms(rs.getString("terms")),
                        Arrays.stream((String[]) rs.getArray("accepted_by").getArray()).map(PartnerId::of).toList(),
                        (Integer) rs.getObject("agreed_as"),
                        instant(rs, "proposed_at")))
                .list();
    }

    /** Every agreed terms version of the alliance, for command-side pricing of facts by date. */
    public TermsHistory termsHistory(AllianceId allianceId) {
        return new TermsHistory(jdbc.sql("""
                        SELECT version, terms::text AS terms FROM alliance_terms
                        WHERE alliance_id = :id ORDER BY version""")
                .param("id", allianceId.value())
                .query((rs, row) -> new TermsVersion(rs.getInt("version"), terms(rs.getString("terms"))))
                .list());
    }

    private Terms terms(String stored) {
        try {
            return json.readValue(stored, Terms.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored terms are not readable", e);
        }
    }
}
