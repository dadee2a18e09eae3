package org.zhifa.catalog.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditTrail;
import org.zhifa.catalog.Money;
import org.zhifa.catalog.PartyType;
import org.zhifa.catalog.PenaltyKind;
import org.zhifa.catalog.model.BenchmarkVersion;
import org.zhifa.catalog.model.BenchmarkVersionPolicy;
import org.zhifa.catalog.model.CatalogStatus;
import org.zhifa.catalog.model.ChangeType;
import org.zhifa.catalog.model.EnforcementMatter;
import org.zhifa.catalog.model.ExemptionCondition;
import org.zhifa.catalog.model.ExemptionItem;
import org.zhifa.catalog.model.Violation;
import org.zhifa.catalog.store.BenchmarkStore;
import org.zhifa.catalog.store.ExemptionStore;
import org.zhifa.catalog.store.MatterStore;
import org.zhifa.catalog.store.ViolationStore;
import org.zhifa.common.Actor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.PolicyDecision;

/**
 * Changes to the catalogue by its maintainers (see {@link CatalogMaintainers}); every change is audited. A
 * published benchmark version is never edited: a change is a new draft version that, once published with its
 * filing for review, ends the previous one (方案 18).
 */
@Service
@Transactional
public class CatalogAdministration {

    private final MatterStore matters;
    private final ViolationStore violations;
    private final BenchmarkStore benchmarks;
    private final ExemptionStore exemptions;
    private final CatalogMaintainers maintainers;
    private final AuditTrail audit;
    private final Clock clock;

    CatalogAdministration(MatterStore matters, ViolationStore violations, BenchmarkStore benchmarks,
            ExemptionStore exemptions, CatalogMaintainers maintainers, AuditTrail audit, Clock clock) {
        this.matters = matters;
        this.violations = violations;
        this.benchmarks = benchmarks;
        this.exemptions = exemptions;
        this.maintainers = maintainers;
        this.audit = audit;
        this.clock = clock;
    }

    private void require(Actor actor, String action, String type, Object id) {
        if (!maintainers.isMaintainer(actor)) {
            audit.refused(action, type, id, "非州级单位负责人，无权维护执法事项清单");
        }
        maintainers.require(actor);
    }

    // ---- matters ---------------------------------------------------------------------------------------------

    public long createMatter(MatterForm f, Actor actor) {
        require(actor, "CATALOG_MATTER_CREATED", "CATALOG_MATTER", f.getCode());
        Map<String, String> errors = matterErrors(f, true);
        if (matters.findByCode(trim(f.getCode())).isPresent()) {
            errors.put("code", "编码已存在");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("请检查填写的内容", errors);
        }
        long id = matters.insert(matter(0, f, CatalogStatus.IN_FORCE));
        matters.addChange(id, f.getChangeDate(), ChangeType.ESTABLISHED, f.getReason().trim(), f.getDocument().trim(),
                CatalogStatus.IN_FORCE, actor.username());
        audit.success("CATALOG_MATTER_CREATED", "CATALOG_MATTER", id, "新增执法事项 " + f.getCode() + " " + f.getName());
        return id;
    }

    public void changeMatter(long id, MatterForm f, Actor actor) {
        require(actor, "CATALOG_MATTER_CHANGED", "CATALOG_MATTER", id);
        EnforcementMatter current = matters.find(id).orElseThrow(() -> new NotFoundException("执法事项不存在"));
        Map<String, String> errors = matterErrors(f, false);
        if (f.getChangeType() == ChangeType.ESTABLISHED) {
            errors.put("changeType", "已有事项的变更不能选“立（新增）”");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("请检查填写的内容", errors);
        }
        CatalogStatus after = f.getChangeType().statusAfter(current.status());
        EnforcementMatter changed = matter(id, f, after);
        matters.update(new EnforcementMatter(id, current.code(), changed.name(), changed.kind(), changed.legalBasis(),
                changed.level(), changed.exercisingUnitIds(), changed.exercisingNote(), after, f.getVersion()));
        matters.addChange(id, f.getChangeDate(), f.getChangeType(), f.getReason().trim(), f.getDocument().trim(), after,
                actor.username());
        audit.success("CATALOG_MATTER_CHANGED", "CATALOG_MATTER", id, current.code() + " " + f.getChangeType().label()
                + "：" + f.getReason().trim() + "（" + f.getDocument().trim() + "）");
    }

    private static Map<String, String> matterErrors(MatterForm f, boolean isNew) {
        Map<String, String> e = new LinkedHashMap<>();
        if (isNew && blank(f.getCode())) {
            e.put("code", "请填写编码");
        }
        if (blank(f.getName())) {
            e.put("name", "请填写事项名称");
        }
        if (blank(f.getLegalBasis())) {
            e.put("legalBasis", "请填写实施依据");
        }
        if (blank(f.getLevel())) {
            e.put("level", "请填写实施层级");
        }
        if (f.getChangeDate() == null) {
            e.put("changeDate", "请填写变更日期");
        }
        if (blank(f.getReason())) {
            e.put("reason", "请填写变更理由");
        }
        if (blank(f.getDocument())) {
            e.put("document", "请填写依据文件（名称和文号）");
        }
        return e;
    }

    private static EnforcementMatter matter(long id, MatterForm f, CatalogStatus status) {
        return new EnforcementMatter(id, trim(f.getCode()), f.getName().trim(), f.getKind(), f.getLegalBasis().trim(),
                f.getLevel().trim(), f.getExercisingUnitIds(), blank(f.getExercisingNote()) ? null : f.getExercisingNote().trim(),
                status, f.getVersion());
    }

    // ---- violations ------------------------------------------------------------------------------------------

    public void saveViolation(String existingCode, ViolationForm f, Actor actor) {
        require(actor, "CATALOG_VIOLATION_SAVED", "CATALOG_VIOLATION", existingCode == null ? f.getCode() : existingCode);
        Optional<Violation> current = existingCode == null ? Optional.empty() : violations.findByCode(existingCode);
        if (existingCode != null && current.isEmpty()) {
            throw new NotFoundException("违法行为不存在：" + existingCode);
        }
        Map<String, String> e = new LinkedHashMap<>();
        String code = current.map(Violation::code).orElse(trim(f.getCode()));
        if (blank(code)) {
            e.put("code", "请填写编码");
        } else if (current.isEmpty() && violations.findByCode(code).isPresent()) {
            e.put("code", "编码已存在");
        }
        check(e, "name", f.getName(), "请填写违法行为名称");
        check(e, "violatedRef", f.getViolatedRef(), "请填写违法条款");
        check(e, "violatedText", f.getViolatedText(), "请逐字引用违法条款原文");
        check(e, "violatedSource", f.getViolatedSource(), "请填写来源文件");
        check(e, "violatedVersion", f.getViolatedVersion(), "请填写所引用的版本（公布或修订日期、文号）");
        check(e, "penaltyRef", f.getPenaltyRef(), "请填写处罚依据");
        check(e, "penaltyText", f.getPenaltyText(), "请逐字引用处罚依据原文");
        check(e, "penaltySource", f.getPenaltySource(), "请填写来源文件");
        check(e, "penaltyVersion", f.getPenaltyVersion(), "请填写所引用的版本");
        check(e, "rangeText", f.getRangeText(), "请填写法定处罚");
        EnforcementMatter matter = f.getMatterId() == null ? null : matters.find(f.getMatterId()).orElse(null);
        if (matter == null) {
            e.put("matterId", "请选择执法事项");
        }
        Set<PenaltyKind> kinds = EnumSet.noneOf(PenaltyKind.class);
        f.getPenaltyKinds().forEach(k -> kinds.add(PenaltyKind.valueOf(k)));
        Set<PartyType> parties = EnumSet.noneOf(PartyType.class);
        f.getPartyTypes().forEach(p -> parties.add(PartyType.valueOf(p)));
        if (parties.isEmpty()) {
            e.put("partyTypes", "请至少选择一种处罚对象");
        }
        Long min = yuan(e, "fineMinYuan", f.getFineMinYuan());
        Long max = yuan(e, "fineMaxYuan", f.getFineMaxYuan());
        if (min != null && max != null && min > max) {
            e.put("fineMaxYuan", "上限不得小于下限");
        }
        if (!e.isEmpty()) {
            throw new InvalidInputException("请检查填写的内容", e);
        }
        Violation v = new Violation(current.map(Violation::id).orElse(0L), code, f.getName().trim(), matter.id(),
                matter.code(), matter.name(), f.getViolatedRef().trim(), f.getViolatedText().strip(),
                f.getViolatedSource().trim(), f.getViolatedVersion().trim(), f.getPenaltyRef().trim(),
                f.getPenaltyText().strip(), f.getPenaltySource().trim(), f.getPenaltyVersion().trim(), kinds,
                f.getRangeKind(), min, max, f.getRangeText().trim(), parties, f.isCompulsoryMeasures(),
                blank(f.getCompulsoryNote()) ? null : f.getCompulsoryNote().trim(), false, f.getStatus(), f.getVersion());
        if (current.isPresent()) {
            violations.update(v);
            audit.success("CATALOG_VIOLATION_CHANGED", "CATALOG_VIOLATION", code, "修改违法行为 " + code);
        } else {
            violations.insert(v);
            audit.success("CATALOG_VIOLATION_CREATED", "CATALOG_VIOLATION", code, "新增违法行为 " + code);
        }
    }

    // ---- benchmark versions ----------------------------------------------------------------------------------

    /** A new draft copied from the latest version (or empty), or the existing draft: one draft at a time. */
    public long newBenchmarkVersion(String code, Actor actor) {
        require(actor, "CATALOG_BENCHMARK_DRAFTED", "CATALOG_VIOLATION", code);
        Violation v = violations.findByCode(code).orElseThrow(() -> new NotFoundException("违法行为不存在：" + code));
        List<BenchmarkVersion> versions = benchmarks.versions(v.id());
        Optional<BenchmarkVersion> draft = versions.stream().filter(b -> !b.published()).findFirst();
        if (draft.isPresent()) {
            return draft.get().id();
        }
        Optional<BenchmarkVersion> latest = versions.stream().max(Comparator.comparingInt(BenchmarkVersion::versionNo));
        LocalDate today = LocalDate.now(clock);
        BenchmarkVersion copy = new BenchmarkVersion(0, v.id(), benchmarks.nextVersionNo(v.id()),
                latest.map(BenchmarkVersion::title).orElse("海西州交通运输行政处罚裁量基准 — " + v.name()),
                today.plusDays(1), null, latest.map(BenchmarkVersion::approvedBy).orElse(""), null, null, null, false,
                latest.map(BenchmarkVersion::sourceNote).orElse("请注明来源（如省厅裁量基准文件名称、文号）"), null,
                latest.map(BenchmarkVersion::facts).orElse(List.of()), latest.map(BenchmarkVersion::tiers).orElse(List.of()),
                latest.map(BenchmarkVersion::factors).orElse(List.of()), actor.username(), null);
        long id = benchmarks.insertDraft(copy);
        audit.success("CATALOG_BENCHMARK_DRAFTED", "CATALOG_BENCHMARK", id,
                code + " 新建裁量基准第" + copy.versionNo() + "版草稿" + latest.map(l -> "（复制第" + l.versionNo() + "版）").orElse(""));
        return id;
    }

    public BenchmarkVersion draft(long id) {
        long violationId = benchmarks.violationOf(id).orElseThrow(() -> new NotFoundException("裁量基准版本不存在"));
        return benchmarks.versions(violationId).stream().filter(b -> b.id() == id).findFirst().orElseThrow();
    }

    public void saveDraft(long id, BenchmarkForm f, Actor actor) {
        require(actor, "CATALOG_BENCHMARK_EDITED", "CATALOG_BENCHMARK", id);
        BenchmarkVersion existing = draft(id);
        BenchmarkVersionPolicy.editable(existing).orThrow();
        Violation v = violationById(existing.violationId());
        BenchmarkVersion edited = fromForm(existing, f);
        PolicyDecision content = BenchmarkVersionPolicy.content(v, edited);
        if (!content.isAllowed()) {
            throw new InvalidInputException("裁量基准内容不符合要求：" + String.join("；",
                    content.rejections().stream().map(r -> r.text()).toList()), Map.of("tiers",
                    content.rejections().get(0).text()));
        }
        benchmarks.updateDraft(id, edited);
        audit.success("CATALOG_BENCHMARK_EDITED", "CATALOG_BENCHMARK", id, v.code() + " 修改第" + existing.versionNo() + "版草稿");
    }

    public void publish(long id, Actor actor) {
        require(actor, "CATALOG_BENCHMARK_PUBLISHED", "CATALOG_BENCHMARK", id);
        BenchmarkVersion draft = draft(id);
        Violation v = violationById(draft.violationId());
        BenchmarkVersion latest = benchmarks.versions(v.id()).stream().filter(BenchmarkVersion::published)
                .max(Comparator.comparing(BenchmarkVersion::effectiveFrom)).orElse(null);
        BenchmarkVersionPolicy.content(v, draft).and(BenchmarkVersionPolicy.publishable(draft, latest)).orThrow();
        benchmarks.publish(id, v.id(), draft.effectiveFrom());
        audit.success("CATALOG_BENCHMARK_PUBLISHED", "CATALOG_BENCHMARK", id, v.code() + " 公布裁量基准第" + draft.versionNo()
                + "版，" + draft.effectiveFrom() + " 起施行，备案审查 " + draft.filingRef());
    }

    public String deleteDraft(long id, Actor actor) {
        require(actor, "CATALOG_BENCHMARK_DELETED", "CATALOG_BENCHMARK", id);
        BenchmarkVersion draft = draft(id);
        BenchmarkVersionPolicy.editable(draft).orThrow();
        Violation v = violationById(draft.violationId());
        benchmarks.deleteDraft(id);
        audit.success("CATALOG_BENCHMARK_DELETED", "CATALOG_BENCHMARK", id, v.code() + " 删除第" + draft.versionNo() + "版草稿");
        return v.code();
    }

    private Violation violationById(long id) {
        return violations.findById(id).orElseThrow(() -> new NotFoundException("违法行为不存在"));
    }

    private static BenchmarkVersion fromForm(BenchmarkVersion existing, BenchmarkForm f) {
        Map<String, String> e = new LinkedHashMap<>();
        check(e, "title", f.getTitle(), "请填写基准名称");
        check(e, "approvedBy", f.getApprovedBy(), "请填写批准人或批准机关");
        check(e, "sourceNote", f.getSourceNote(), "请注明来源");
        if (f.getEffectiveFrom() == null) {
            e.put("effectiveFrom", "请填写施行日期");
        }
        var facts = BenchmarkText.parseFacts(f.getFacts(), e);
        var tiers = BenchmarkText.parseTiers(f.getTiers(), e);
        var factors = BenchmarkText.parseFactors(f.getFactors(), e);
        if (!e.isEmpty()) {
            throw new InvalidInputException("请检查填写的内容", e);
        }
        return new BenchmarkVersion(existing.id(), existing.violationId(), existing.versionNo(), f.getTitle().trim(),
                f.getEffectiveFrom(), null, f.getApprovedBy().trim(), f.getApprovedOn(),
                blank(f.getFilingRef()) ? null : f.getFilingRef().trim(), f.getFilingDate(), false,
                f.getSourceNote().trim(), blank(f.getChangeReason()) ? null : f.getChangeReason().trim(), facts, tiers,
                factors, existing.createdBy(), existing.createdAt());
    }

    // ---- exemption items -------------------------------------------------------------------------------------

    public long saveExemption(Long id, ExemptionForm f, Actor actor) {
        require(actor, "CATALOG_EXEMPTION_SAVED", "CATALOG_EXEMPTION", id == null ? f.getCode() : id);
        Map<String, String> e = new LinkedHashMap<>();
        check(e, "code", f.getCode(), "请填写编码");
        check(e, "title", f.getTitle(), "请填写事项名称");
        check(e, "listName", f.getListName(), "请填写所属清单");
        check(e, "basis", f.getBasis(), "请填写依据");
        Optional<Violation> v = blank(f.getViolationCode()) ? Optional.empty() : violations.findByCode(f.getViolationCode().trim());
        if (v.isEmpty()) {
            e.put("violationCode", "违法行为编码不存在");
        }
        if (f.getLookbackMonths() != null && (f.getLookbackMonths() < 1 || f.getLookbackMonths() > 60)) {
            e.put("lookbackMonths", "回溯期应为1至60个月");
        }
        List<ExemptionCondition> conditions = new ArrayList<>();
        int n = 0;
        for (String line : (f.getConditions() == null ? "" : f.getConditions()).lines().map(String::trim)
                .filter(l -> !l.isEmpty()).toList()) {
            n++;
            String[] p = line.split("\\|", 2);
            if (p.length < 2 || !p[0].trim().matches("[A-Z_][A-Z0-9_]*") || p[1].isBlank()) {
                e.put("conditions", "第" + n + "行应为“条件键（大写英文） | 条件文字”");
                continue;
            }
            conditions.add(new ExemptionCondition(n, p[0].trim(), p[1].trim()));
        }
        if (conditions.isEmpty()) {
            e.putIfAbsent("conditions", "至少应有一个条件");
        }
        if (id == null && !blank(f.getCode()) && exemptions.all().stream().anyMatch(i -> i.code().equals(f.getCode().trim()))) {
            e.put("code", "编码已存在");
        }
        if (!e.isEmpty()) {
            throw new InvalidInputException("请检查填写的内容", e);
        }
        ExemptionItem item = new ExemptionItem(id == null ? 0 : id, f.getCode().trim(), v.get().id(), v.get().code(),
                v.get().name(), f.getTitle().trim(), f.getListName().trim(), f.getBasis().trim(), f.getOutcome(),
                f.getLookbackMonths(), f.isActive(), conditions, f.getVersion());
        long savedId;
        if (id == null) {
            savedId = exemptions.insert(item);
        } else {
            exemptions.find(id).orElseThrow(() -> new NotFoundException("免罚清单事项不存在"));
            exemptions.update(item);
            savedId = id;
        }
        audit.success(id == null ? "CATALOG_EXEMPTION_CREATED" : "CATALOG_EXEMPTION_CHANGED", "CATALOG_EXEMPTION", savedId,
                "免罚清单事项 " + item.code() + "（" + item.violationCode() + "）" + (item.active() ? "" : "，已停用"));
        return savedId;
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static Long yuan(Map<String, String> errors, String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            long fen = Money.fen(value);
            if (fen < 0) {
                errors.put(field, "金额不能为负数");
            }
            return fen;
        } catch (IllegalArgumentException e) {
            errors.put(field, "金额格式不正确");
            return null;
        }
    }

    private static void check(Map<String, String> errors, String field, String value, String message) {
        if (blank(value)) {
            errors.put(field, message);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
