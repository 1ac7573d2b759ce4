package org.allianceledger.api.projection;

import io.swagger.v3.oas.annotations.Operation;
import org.allianceledger.api.problem.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** Administrators see how far each projection has read and rebuild one from the event store. */
@RestController
@RequestMapping("/api/v1/admin/projections")
class ProjectionController {

    private final Projections projections;

    ProjectionController(Projections projections) {
        this.projections = projections;
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

    private static NotFound unknown(String name) {
        return new NotFound("projection-not-found", "no projection is called " + name);
    }
}
