package org.zhifa.training.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.common.Actor;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.PageResult;
import org.zhifa.training.internal.PlanService;
import org.zhifa.training.internal.SessionForm;
import org.zhifa.training.internal.SessionService;
import org.zhifa.training.internal.TrainingSession;

/** JSON API for training sessions, attendance and plans (other systems, e.g. an online learning platform). */
@RestController
@RequestMapping("/api/training")
@PreAuthorize("hasAnyRole('UNIT_HEAD', 'SUPERVISOR')")
class TrainingApiController {

    private final SessionService sessions;
    private final PlanService plans;
    private final Clock clock;

    TrainingApiController(SessionService sessions, PlanService plans, Clock clock) {
        this.sessions = sessions;
        this.plans = plans;
        this.clock = clock;
    }

    @GetMapping("/sessions")
    PageResult<TrainingSession> list(@RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
            @RequestParam(required = false) String category, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return sessions.list(CurrentActor.require(), unitId, LedgerController.year(year, clock), q, category,
                Math.max(0, page), PageResult.clampSize(size));
    }

    @GetMapping("/sessions/{id}")
    Map<String, Object> get(@PathVariable long id) {
        Actor actor = CurrentActor.require();
        return Map.of("session", sessions.read(actor, id), "attendees", sessions.attendees(id));
    }

    @PostMapping("/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('UNIT_HEAD')")
    Map<String, Object> create(@RequestBody SessionForm form) {
        return Map.of("id", sessions.create(CurrentActor.require(), form));
    }

    /** Corrects a session; attendance copies and the ledger totals follow. {@code version} guards lost updates. */
    @PutMapping("/sessions/{id}")
    @PreAuthorize("hasRole('UNIT_HEAD')")
    Map<String, Object> update(@PathVariable long id, @RequestParam int version, @RequestBody SessionForm form) {
        Actor actor = CurrentActor.require();
        sessions.update(actor, id, form, version);
        return Map.of("session", sessions.read(actor, id));
    }

    /** Replaces the attendance: {"officerIds": [1, 2, 3]}. */
    @PutMapping("/sessions/{id}/attendance")
    @PreAuthorize("hasRole('UNIT_HEAD')")
    Map<String, Object> attendance(@PathVariable long id, @RequestBody Map<String, List<Long>> body) {
        List<Long> ids = body.getOrDefault("officerIds", List.of());
        sessions.setAttendance(CurrentActor.require(), id, ids);
        return Map.of("id", id, "attendees", ids.size());
    }

    @GetMapping("/plans")
    List<PlanService.PlanStatus> plans(@RequestParam(required = false) Integer year) {
        return plans.statuses(CurrentActor.require(), LedgerController.year(year, clock));
    }
}
