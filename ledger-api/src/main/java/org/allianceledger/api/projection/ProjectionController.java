package org.allianceledger.api.projection;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.allianceledger.api.problem.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Administrators see how far each projection has read and rebuild one from the event store. */
@RestController
@RequestMapping("/api/v1/admin/projections")
class ProjectionController {

    private final Projections projections;
    private final ParkedEvents parked;

    ProjectionController(Projections projections, ParkedEvents parked) {
        this.projections = projections;
        this.parked = parked;
    }

    @Operation(summary = "Projection progress",
            description = "ADMIN: how far each projection has read the event store (eventsDone / eventsTotal) and whether it is rebuilding.")
    @GetMapping
    List<Projections.Progress> list() {
        return projections.progress();
    }

    @Operation(summary = "One projection's progress",
            description = "ADMIN: how far this projection has read the event store.")
    @GetMapping("/{name}")
    Projections.Progress get(@PathVariable String name) {
        return projections.progress(name).orElseThrow(() -> unknown(name));
    }

    @Operation(summary = "Rebuild a projection",
            description = "ADMIN: clears the projection's tables and replays it from the first event; follow the progress at the Location. Run it on one instance only.")
    @PostMapping("/{name}/replay")
    ResponseEntity<Projections.Progress> replay(@PathVariable String name) {
        Projections.Progress started = projections.replay(name).orElseThrow(() -> unknown(name));
        return ResponseEntity.accepted().location(URI.create("/api/v1/admin/projections/" + name)).body(started);
    }

    @Operation(summary = "Events a projection parked",
            description = "ADMIN: the events this projection could not apply, alliance by alliance in order, with the cause. A parked alliance's later events wait behind its first parked event; every other alliance goes on.")
    @GetMapping("/{name}/parked-events")
    Map<String, Object> parkedEvents(@PathVariable String name,
                                     @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        List<ParkedEvents.ParkedEvent> page = parked.list(name, limit + 1).orElseThrow(() -> unknown(name));
        return Map.of("data", page.subList(0, Math.min(limit, page.size())), "hasMore", page.size() > limit);
    }

    @Operation(summary = "Retry a projection's parked events",
            description = "ADMIN: applies every parked event again, in order, once the cause is fixed; events that now succeed leave the queue, and an alliance stops at its first event that fails again.")
    @PostMapping("/{name}/parked-events/retry")
    ParkedEvents.Retry retryParkedEvents(@PathVariable String name) {
        return parked.retry(name).orElseThrow(() -> unknown(name));
    }

    private static NotFound unknown(String name) {
        return new NotFound("projection-not-found", "no projection is called " + name);
    }
}
