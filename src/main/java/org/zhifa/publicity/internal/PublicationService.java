package org.zhifa.publicity.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhifa.audit.AuditTrail;
import org.zhifa.calendar.MissingCalendarYearException;
import org.zhifa.cases.PartyKind;
import org.zhifa.cases.PenaltyDecisionMade;
import org.zhifa.cases.PenaltyDecisionRevoked;
import org.zhifa.common.Actor;
import org.zhifa.common.NotFoundException;
import org.zhifa.identity.DataScope;
import org.zhifa.publicity.PublicationMasking;
import org.zhifa.publicity.PublicationMasking.KnownPersonalData;
import org.zhifa.publicity.PublicityProperties;
import org.zhifa.publicity.PublicityProperties.AutoRelease;

/** Orchestrates publication: drafts from decisions, edits, releases, withdrawals and take-downs. */
@Service
public class PublicationService {

    static final String SYSTEM = "系统";
    private static final Logger log = LoggerFactory.getLogger(PublicationService.class);

    private final PublicationStore store;
    private final PublicationDeadlines deadlines;
    private final PublicityProperties properties;
    private final AuditTrail audit;
    private final DataScope dataScope;
    private final DecisionSearchIndex index;
    private final Clock clock;

    PublicationService(PublicationStore store, PublicationDeadlines deadlines, PublicityProperties properties,
            AuditTrail audit, DataScope dataScope, DecisionSearchIndex index, Clock clock) {
        this.store = store;
        this.deadlines = deadlines;
        this.properties = properties;
        this.audit = audit;
        this.dataScope = dataScope;
        this.index = index;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A decision was made: draft its publication with the masked text and start the publication clock. */
    @Transactional
    public long draftFrom(PenaltyDecisionMade e) {
        store.lockForWrite();
        boolean natural = e.partyKind() == PartyKind.CITIZEN;
        var known = new KnownPersonalData(natural, e.partyName(), e.partyIdNumber(), e.partyAddress(), null,
                e.plateNumber());
        PublicText text = new PublicText(e.caseNumber(), e.unitName(), PublicationMasking.party(natural, e.partyName()),
                e.partyKind().label(), e.category(), e.outcome().label(),
                PublicationMasking.text(e.conclusion(), known), PublicationMasking.text(e.facts(), known),
                e.decisionDate());
        LocalDate due = null;
        String basis = deadlines.publishBasis(e.penaltyDecision());
        try {
            due = deadlines.publishDue(e.decisionDate(), e.penaltyDecision());
        } catch (MissingCalendarYearException ex) {
            // the decision stands; the board shows the missing deadline so that the calendar gets loaded
            basis = basis + "（" + ex.getMessage() + "，期限暂无法计算）";
        }
        var existing = store.findLiveByCase(e.caseId());
        long id;
        if (existing.isPresent()) {
            // a changed decision: the new text waits for release as an update of the same publication
            Publication p = existing.get();
            long v = store.addVersion(p.id(), "EDITED", text, "决定变更后重新生成公示文本", SYSTEM);
            if (!store.update(p.id(), p.version(), "draft_version_id = ?, publish_due = ?, publish_basis = ?, "
                    + "revoked_on = null, withdraw_due = null", v, due, basis)) {
                throw Publication.staleVersion().exception();
            }
            id = p.id();
        } else {
            id = store.insert(e.caseId(), e.unitId(), natural, e.penaltyDecision(), e.decisionDate(), basis, due);
            long v = store.addVersion(id, "DRAFTED", text, "由处罚决定生成", SYSTEM);
            store.update(id, 0, "draft_version_id = ?", v);
        }
        audit.success("PUBLICATION_DRAFTED", "PUBLICATION", id, "生成公示草稿 " + e.caseNumber() + "，应于 "
                + (due == null ? "（期限未定）" : due) + " 前公示");
        if (autoRelease(natural)) {
            Publication p = store.find(id).orElseThrow();
            release(p, "系统（自动发布规则 " + properties.autoRelease() + "）");
        }
        afterCommitSync();
        return id;
    }

    private boolean autoRelease(boolean naturalPerson) {
        AutoRelease rule = properties.autoRelease();
        return rule == AutoRelease.ALL || (rule == AutoRelease.ORGANISATIONS && !naturalPerson);
    }

    /** A decision was revoked or changed: start the 3-working-day withdrawal clock (Art. 48). */
    @Transactional
    public void revoked(PenaltyDecisionRevoked e) {
        store.lockForWrite();
        var found = store.findLiveByCase(e.caseId());
        if (found.isEmpty()) {
            log.info("撤销的决定 {} 没有在公示中的记录", e.caseNumber());
            return;
        }
        Publication p = found.get();
        PublicText last = store.version(p.draftVersionId() != null ? p.draftVersionId() : p.publicVersionId())
                .orElseThrow().text();
        String what = e.changed() ? "决定已变更" : "决定已撤销";
        if (p.state() == org.zhifa.publicity.PublicationState.DRAFT) {
            // never public: nothing to withdraw publicly, the draft is closed
            store.addVersion(p.id(), "WITHDRAWN", last, what + "，草稿未发布即撤回：" + e.reason(), SYSTEM);
            store.update(p.id(), p.version(), "state = 'WITHDRAWN', draft_version_id = null, revoked_on = ?, "
                    + "withdraw_reason = ?, withdrawn_at = now()", e.on(), e.reason());
            audit.success("PUBLICATION_WITHDRAWN", "PUBLICATION", p.id(), what + "，未发布的公示草稿关闭");
        } else {
            LocalDate due = deadlines.withdrawDue(e.on());
            store.addVersion(p.id(), "REVOKED", last, what + "，应于 " + due + " 前撤回：" + e.reason(), SYSTEM);
            if (!store.update(p.id(), p.version(), "revoked_on = ?, withdraw_due = ?, withdraw_reason = ?, "
                    + "draft_version_id = null", e.on(), due, e.reason())) {
                throw Publication.staleVersion().exception();
            }
            audit.success("PUBLICATION_WITHDRAWAL_DUE", "PUBLICATION", p.id(), what + "，撤回期限 " + due);
        }
    }

    /** Changes the text awaiting release; the previous text stays in the history. */
    @Transactional
    public void edit(Actor actor, long id, int expectedVersion, String party, String conclusion, String facts) {
        store.lockForWrite();
        Publication p = visible(actor, id);
        p.mayEdit().orThrow();
        PublicText current = store.version(p.draftVersionId()).orElseThrow().text();
        PublicText edited = current.withEdits(party.strip(), conclusion.strip(), facts.strip());
        long v = store.addVersion(id, "EDITED", edited, "审核人修改公示文本", actor.username());
        if (!store.update(id, expectedVersion, "draft_version_id = ?", v)) {
            throw Publication.staleVersion().exception();
        }
        audit.success("PUBLICATION_EDITED", "PUBLICATION", id, "修改待发布的公示文本 " + current.documentNumber());
    }

    /** A unit head releases the pending text (first publication or update). */
    @Transactional
    public void release(Actor actor, long id, int expectedVersion) {
        store.lockForWrite();
        Publication p = visible(actor, id);
        if (p.version() != expectedVersion) {
            throw Publication.staleVersion().exception();
        }
        release(p, actor.username());
        afterCommitSync();
    }

    /** Release without a user, for a configured rule or the demonstration data. */
    @Transactional
    void releaseAsSystem(long id, String by) {
        store.lockForWrite();
        release(store.find(id).orElseThrow(), by);
        afterCommitSync();
    }

    private void release(Publication p, String by) {
        p.mayRelease().orThrow();
        PublicText text = store.version(p.draftVersionId()).orElseThrow().text();
        boolean first = p.publicVersionId() == null;
        LocalDate today = today();
        long v = store.addVersion(p.id(), first ? "PUBLISHED" : "UPDATED", text,
                first ? "发布" : "更新发布（保留此前文本）", by);
        LocalDate until = deadlines.retentionUntil(today, p.naturalPerson());
        if (!store.update(p.id(), p.version(), "state = ?, public_version_id = ?, draft_version_id = null, "
                + "published_at = coalesce(published_at, now()), released_by = ?, retention_until = ?",
                first ? "PUBLISHED" : "UPDATED", v, by, until)) {
            throw Publication.staleVersion().exception();
        }
        boolean late = p.publishDue() != null && today.isAfter(p.publishDue());
        audit.success(first ? "PUBLICATION_PUBLISHED" : "PUBLICATION_UPDATED", "PUBLICATION", p.id(),
                (first ? "发布公示 " : "更新公示 ") + text.documentNumber() + (late ? "（已超过公示期限 " + p.publishDue() + "）" : "")
                        + "，保留至 " + until);
    }

    /** Withdraws a published decision with its public explanation (《行政处罚法》第四十八条). */
    @Transactional
    public void withdraw(Actor actor, long id, int expectedVersion, String explanation) {
        store.lockForWrite();
        Publication p = visible(actor, id);
        p.mayWithdraw(explanation).orThrow();
        PublicText text = store.version(p.publicVersionId()).orElseThrow().text();
        store.addVersion(id, "WITHDRAWN", text, explanation.strip(), actor.username());
        if (!store.update(id, expectedVersion, "state = 'WITHDRAWN', draft_version_id = null, withdraw_reason = ?, "
                + "withdrawn_at = now()", explanation.strip())) {
            throw Publication.staleVersion().exception();
        }
        boolean late = p.withdrawDue() != null && today().isAfter(p.withdrawDue());
        audit.success("PUBLICATION_WITHDRAWN", "PUBLICATION", id, "撤回公示 " + text.documentNumber()
                + (late ? "（已超过撤回期限 " + p.withdrawDue() + "）" : ""));
        afterCommitSync();
    }

    /** Takes down every publication whose retention has ended; returns how many. */
    @Transactional
    public int takeDownExpired(LocalDate today) {
        store.lockForWrite();
        int n = 0;
        for (Publication p : store.retentionEnded(today, 10_000)) {
            PublicText text = store.version(p.publicVersionId()).orElseThrow().text();
            store.addVersion(p.id(), "TAKEN_DOWN", text, "公示期满（保留至 " + p.retentionUntil() + "）自动下架", SYSTEM);
            store.update(p.id(), p.version(), "state = 'TAKEN_DOWN', draft_version_id = null, taken_down_at = now()");
            n++;
        }
        if (n > 0) {
            audit.success("PUBLICATION_TAKEN_DOWN", "PUBLICATION", null, "公示期满自动下架 " + n + " 条");
            afterCommitSync();
        }
        return n;
    }

    /** The record if the actor's data scope covers its unit; 404 otherwise. */
    public Publication visible(Actor actor, long id) {
        Publication p = store.find(id).orElseThrow(() -> new NotFoundException("公示记录不存在"));
        dataScope.requireVisible(actor, p.unitId());
        return p;
    }

    private void afterCommitSync() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    index.syncQuietly();
                }
            });
        } else {
            index.syncQuietly();
        }
    }
}
