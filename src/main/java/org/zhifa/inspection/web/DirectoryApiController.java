package org.zhifa.inspection.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhifa.common.CurrentActor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.PageResult;
import org.zhifa.common.Uploaded;
import org.zhifa.inspection.internal.Inspector;
import org.zhifa.inspection.internal.InspectorDirectory;
import org.zhifa.inspection.internal.ItemInput;
import org.zhifa.inspection.internal.RoadSegment;
import org.zhifa.inspection.internal.RoadSegments;
import org.zhifa.inspection.internal.Sheets;
import org.zhifa.inspection.internal.SpotCheckItem;
import org.zhifa.inspection.internal.SpotCheckItems;
import org.zhifa.inspection.internal.StakeNumber;
import org.zhifa.inspection.internal.Target;
import org.zhifa.inspection.internal.TargetDirectory;
import org.zhifa.inspection.internal.TargetImport;
import org.zhifa.inspection.internal.TargetInput;

/** JSON API of the directories: objects, spot-check items, inspectors, relations, road segments. */
@RestController
@RequestMapping("/api/inspection")
class DirectoryApiController {

    private final TargetDirectory targets;
    private final TargetImport sheets;
    private final SpotCheckItems items;
    private final InspectorDirectory inspectors;
    private final RoadSegments segments;

    DirectoryApiController(TargetDirectory targets, TargetImport sheets, SpotCheckItems items,
            InspectorDirectory inspectors, RoadSegments segments) {
        this.targets = targets;
        this.sheets = sheets;
        this.items = items;
        this.inspectors = inspectors;
        this.segments = segments;
    }

    @GetMapping("/targets")
    PageResult<Target> targets(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String creditClass, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Boolean active, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return targets.search(new TargetDirectory.Filter(q, kind, creditClass, unitId, active), page, size,
                CurrentActor.require());
    }

    @PostMapping("/targets")
    @ResponseStatus(HttpStatus.CREATED)
    Target create(@Valid @RequestBody TargetInput in) {
        return targets.create(in, CurrentActor.require());
    }

    @GetMapping("/targets/{id}")
    Target target(@PathVariable long id) {
        return targets.find(id, CurrentActor.require());
    }

    @PutMapping("/targets/{id}")
    Target update(@PathVariable long id, @Valid @RequestBody TargetInput in) {
        return targets.update(id, in, CurrentActor.require());
    }

    /** A reason for a state change. */
    record Reason(String reason) {
    }

    @PostMapping("/targets/{id}/deactivate")
    Target deactivate(@PathVariable long id, @RequestBody Reason r) {
        return targets.setActive(id, false, r.reason(), CurrentActor.require());
    }

    @PostMapping("/targets/{id}/reactivate")
    Target reactivate(@PathVariable long id, @RequestBody Reason r) {
        return targets.setActive(id, true, r.reason(), CurrentActor.require());
    }

    @GetMapping("/targets/{id}/history")
    List<TargetDirectory.Change> history(@PathVariable long id) {
        return targets.history(id, CurrentActor.require());
    }

    @GetMapping("/targets/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String creditClass, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Boolean active) {
        return xlsx("inspection-targets.xlsx", sheets.export(new TargetDirectory.Filter(q, kind, creditClass, unitId,
                active), CurrentActor.require()));
    }

    @GetMapping("/targets/template.xlsx")
    ResponseEntity<byte[]> template() {
        CurrentActor.require();
        return xlsx("inspection-targets-template.xlsx", sheets.template());
    }

    @PostMapping("/targets/import")
    TargetImport.Result importSheet(@Uploaded @Parameter(description = "检查对象表（.xlsx）") @RequestParam(required = false)
            MultipartFile file, @RequestParam(defaultValue = "false") boolean validOnly) throws IOException {
        return sheets.run(file.getInputStream(), validOnly, CurrentActor.require());
    }

    static ResponseEntity<byte[]> xlsx(String name, byte[] body) {
        return ResponseEntity.ok().header("Content-Type", Sheets.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").body(body);
    }

    @GetMapping("/items")
    List<SpotCheckItem> items(@RequestParam(required = false) String q) {
        return items.list(q, CurrentActor.require());
    }

    @PostMapping("/items")
    @ResponseStatus(HttpStatus.CREATED)
    SpotCheckItem createItem(@Valid @RequestBody ItemInput in) {
        return items.create(in, CurrentActor.require());
    }

    @GetMapping("/items/{id}")
    SpotCheckItem item(@PathVariable long id) {
        return items.find(id, CurrentActor.require());
    }

    @PutMapping("/items/{id}")
    SpotCheckItem updateItem(@PathVariable long id, @Valid @RequestBody ItemInput in) {
        return items.update(id, in, CurrentActor.require());
    }

    @PostMapping("/items/{id}/publish")
    SpotCheckItem publishItem(@PathVariable long id) {
        return items.publish(id, CurrentActor.require());
    }

    @PostMapping("/items/{id}/withdraw")
    SpotCheckItem withdrawItem(@PathVariable long id, @RequestBody Reason r) {
        return items.withdraw(id, r.reason(), CurrentActor.require());
    }

    @GetMapping("/inspectors")
    List<Inspector> inspectors(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String q) {
        return inspectors.list(unitId, q, CurrentActor.require());
    }

    @PostMapping("/inspectors")
    @ResponseStatus(HttpStatus.CREATED)
    Inspector addInspector(@Valid @RequestBody OfficerChoice.Inspector in) {
        return inspectors.add(in.officerId(), in.categories(), in.note(), CurrentActor.require());
    }

    @PostMapping("/inspectors/{id}/deactivate")
    Inspector deactivateInspector(@PathVariable long id) {
        return inspectors.setActive(id, false, CurrentActor.require());
    }

    @PostMapping("/inspectors/{id}/reactivate")
    Inspector reactivateInspector(@PathVariable long id) {
        return inspectors.setActive(id, true, CurrentActor.require());
    }

    /** A declared relation (回避). */
    record RelationInput(@Schema(description = "执法人员") @NotNull Long officerId,
            @Schema(description = "检查对象") @NotNull Long targetId, @Schema(description = "关系") String relation,
            @Schema(description = "申报日期") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate declaredOn) {
    }

    @PostMapping("/relations")
    @ResponseStatus(HttpStatus.CREATED)
    InspectorDirectory.Relation declare(@Valid @RequestBody RelationInput in) {
        return inspectors.declare(in.officerId(), in.targetId(), in.relation(), in.declaredOn(), CurrentActor.require(),
                targets);
    }

    @GetMapping("/targets/{id}/relations")
    List<InspectorDirectory.Relation> relations(@PathVariable long id) {
        targets.find(id, CurrentActor.require());
        return inspectors.relations(List.of(id), null);
    }

    @GetMapping("/segments")
    List<RoadSegment> segments(@RequestParam(required = false) String road) {
        return segments.list(road, CurrentActor.require());
    }

    @PostMapping("/segments")
    @ResponseStatus(HttpStatus.CREATED)
    RoadSegment addSegment(@RequestBody RoadSegments.Input in) {
        return segments.add(in, CurrentActor.require());
    }

    @PostMapping("/segments/{id}/deactivate")
    RoadSegment deactivateSegment(@PathVariable long id) {
        return segments.deactivate(id, CurrentActor.require());
    }

    /** Who has jurisdiction at a stake of a road: every unit whose active segment covers it. */
    @GetMapping("/jurisdiction")
    List<RoadSegment> jurisdiction(@RequestParam String road, @RequestParam String stake) {
        CurrentActor.require();
        String problem = StakeNumber.problem(stake);
        if (problem != null) {
            throw new InvalidInputException(problem, Map.of("stake", problem));
        }
        return segments.jurisdiction(road, StakeNumber.parse(stake).metres());
    }
}
