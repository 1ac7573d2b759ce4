package org.allianceledger.core.alliance;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.allianceledger.core.alliance.AllianceLifecycleTest.active;
import static org.allianceledger.core.alliance.CampaignTest.funded;
import static org.allianceledger.core.alliance.CampaignTest.reversed;
import static org.allianceledger.core.alliance.CampaignTest.spendRecorded;
import static org.assertj.core.api.Assertions.assertThat;

/** A snapshot (the aggregate written as JSON, as the service stores it) restores the very same state. */
class AllianceSnapshotTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void anAllianceSurvivesASnapshotRoundTrip() throws Exception {
        List<Object> history = new ArrayList<>(List.of(active()));
        history.addAll(List.of(funded()));
        history.add(spendRecorded());
        history.add(reversed());
        history.add(new AmendmentProposed(AllianceTest.ALLIANCE, AllianceLifecycleTest.AMENDMENT, AllianceTest.ACME,
                AllianceLifecycleTest.APRIL_TERMS));
        Alliance original = sourced(history);

        String snapshot = json.writeValueAsString(original);
        Alliance restored = json.readValue(snapshot, Alliance.class);

        assertThat(restored).usingRecursiveComparison().ignoringCollectionOrder().isEqualTo(original);
        assertThat(snapshot).contains("\"campaigns\"").contains("\"pendingAmendments\"").doesNotContain("\"empty\"");
    }

    @Test
    void aSnapshotKeepsOfASpendOnlyWhatItsReversalNeeds() throws Exception {
        List<Object> history = new ArrayList<>(List.of(active()));
        history.addAll(List.of(funded()));
        history.add(spendRecorded());

        String snapshot = json.writeValueAsString(sourced(history));

        assertThat(snapshot).contains("\"invoice\"")
                .doesNotContain("\"category\"").doesNotContain("\"evidenceSha256\"");
    }

    /** The aggregate as the repository loads it from these events. */
    private static Alliance sourced(List<Object> history) {
        AggregateTestFixture<Alliance> fixture = new AggregateTestFixture<>(Alliance.class);
        fixture.given(history);
        Alliance[] loaded = new Alliance[1];
        DefaultUnitOfWork.startAndGet(null).execute(() ->
                loaded[0] = fixture.getRepository().load(AllianceTest.ALLIANCE.toString()).invoke(alliance -> alliance));
        return loaded[0];
    }
}
