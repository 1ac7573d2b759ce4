package org.allianceledger.writemodel.conversion;

import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.core.journey.ConversionId;
import org.allianceledger.core.journey.CustomerRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

@Repository
public class ConversionIndex {

    private final JdbcClient jdbc;

    public ConversionIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The customer whose journey holds this conversion, if it was recorded in this alliance. */
    public Optional<CustomerRef> customerOf(AllianceId allianceId, ConversionId conversionId) {
        return jdbc.sql("SELECT customer_ref FROM conversion_index WHERE alliance_id = :alliance AND conversion_id = :id")
                .param("alliance", allianceId.value())
                .param("id", conversionId.value())
                .query(String.class)
                .optional()
                .map(CustomerRef::of);
    }
}
