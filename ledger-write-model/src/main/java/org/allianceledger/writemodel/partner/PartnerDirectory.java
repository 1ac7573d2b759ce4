package org.allianceledger.writemodel.partner;

import org.allianceledger.core.partner.PartnerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Which partners are registered. */
@Repository
public class PartnerDirectory {

    private final JdbcClient jdbc;

    public PartnerDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PartnerView> find(PartnerId partnerId) {
        return jdbc.sql("SELECT partner_id, name, registered_at FROM partner_directory WHERE partner_id = :id")
                .param("id", partnerId.value())
                .query((rs, row) -> new PartnerView(PartnerId.of(rs.getString("partner_id")), rs.getString("name"),
                        rs.getObject("registered_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** The given partners that are not registered, in the given order. */
    public List<PartnerId> unregisteredAmong(Collection<PartnerId> partners) {
        List<String> registered = jdbc.sql("SELECT partner_id FROM partner_directory WHERE partner_id IN (:ids)")
                .param("ids", partners.stream().map(PartnerId::value).toList())
                .query(String.class)
                .list();
        return partners.stream().filter(p -> !registered.contains(p.value())).toList();
    }

    public record PartnerView(PartnerId partnerId, String name, Instant registeredAt) {
    }
}
