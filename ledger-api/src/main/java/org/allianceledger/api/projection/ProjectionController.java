package org.allianceledger.api.projection;

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

    @GetMapping
    List<Projections.Progress> list() {
        return projections.progress();
    }

    @GetMapping("/{name}")
    Projections.Progress get(@PathVariable String name) {
        return projections.progress(name).orElseThrow(() -> unknown(name));
    }

    @PostMapping("/{name}/replay")
    ResponseEntity<Projections.Progress> replay(@PathVariable String name) {
        Projections.Progress started = projections.replay(name).orElseThrow(() -> unknown(name));
        return ResponseEntity.accepted().location(URI.create("/api/v1/admin/projections/" + name)).body(started);
    }

    private static NotFound unknown(String name) {
        return new NotFound("projection-not-found", "no projection is called " + name);
    }
}
