package org.zhifa.cases.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.common.Actor;
import org.zhifa.common.ChinaTime;
import org.zhifa.common.ConflictException;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.evidence.EvidenceIntake;
import org.zhifa.evidence.EvidenceKind;
import org.zhifa.evidence.EvidenceTargetType;
import org.zhifa.identity.DataScope;

/**
 * Evidence taken on a phone at the scene: a photo from the camera (the original bytes are the evidence; a copy with
 * the watermark of times, place and officer is kept for display) and the party's signature drawn on the screen. Also
 * the idempotency keys of field forms, so that a draft sent again when the network returns never makes a second case.
 */
@Service
public class FieldCapture {

    /** A drawn signature is a small PNG; anything larger is not one. */
    static final int MAX_SIGNATURE_BYTES = 1_000_000;

    private final JdbcClient jdbc;
    private final DataScope scope;
    private final EvidenceIntake intake;
    private final Clock clock;
    private final FieldDraftProperties drafts;

    FieldCapture(JdbcClient jdbc, DataScope scope, EvidenceIntake intake, Clock clock, FieldDraftProperties drafts) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.intake = intake;
        this.clock = clock;
        this.drafts = drafts;
    }

    /** A photo taken for the case: registered as evidence unchanged; returns the evidence id. */
    @Transactional
    public long photo(long caseId, byte[] content, String fileName, String mediaType, LocalDateTime takenAt,
            String place, Actor actor) {
        requireCase(caseId, actor);
        if (content == null || content.length == 0) {
            throw new InvalidInputException("请拍摄或选择照片", Map.of("photo", "请拍摄或选择照片"));
        }
        if (takenAt == null) {
            throw new InvalidInputException("缺少拍摄时间（由手机提供）", Map.of("takenAt", "缺少拍摄时间"));
        }
        if (place == null || place.isBlank()) {
            throw new InvalidInputException("请填写拍摄地点", Map.of("place", "请填写拍摄地点"));
        }
        Instant received = clock.instant();
        Instant taken = takenAt.atZone(ChinaTime.ZONE).toInstant();
        long evidenceId = intake.register(new EvidenceIntake.Item(EvidenceKind.AUDIO_VIDEO, "现场照片",
                "执法人员手机拍摄；手机记录的拍摄时间 " + ChinaTime.dateTimeSeconds(taken) + "，系统接收时间 "
                        + ChinaTime.dateTimeSeconds(received),
                taken, place.strip(), "执法人员手机", fileName == null || fileName.isBlank() ? "现场照片.jpg" : fileName,
                mediaType == null || mediaType.isBlank() ? "application/octet-stream" : mediaType, content,
                List.of(new EvidenceIntake.Link(EvidenceTargetType.CASE, String.valueOf(caseId)))), actor);
        PhotoWatermark.derive(content, List.of(
                "拍摄时间（手机）：" + ChinaTime.dateTimeSeconds(taken),
                "接收时间（系统）：" + ChinaTime.dateTimeSeconds(received),
                "地点：" + place.strip(),
                "执法人员：" + actor.displayName() + "（" + actor.unitName() + "）",
                "证据编号：" + evidenceId + "（原始照片未作改动）"))
                .ifPresent(jpeg -> jdbc.sql("insert into case_field_photo (evidence_id, case_id, derived_jpeg) values (?, ?, ?)")
                        .params(evidenceId, caseId, jpeg).update());
        return evidenceId;
    }

    /** The party's signature drawn on the screen (PNG data URL), registered as evidence; returns its id. */
    @Transactional
    public long signature(long caseId, String dataUrl, String signer, LocalDateTime signedAt, Actor actor) {
        requireCase(caseId, actor);
        if (signer == null || signer.isBlank()) {
            throw new InvalidInputException("请填写签名人姓名", Map.of("signer", "请填写签名人姓名"));
        }
        if (signedAt == null) {
            throw new InvalidInputException("缺少签名时间（由手机提供）", Map.of("signedAt", "缺少签名时间"));
        }
        String prefix = "data:image/png;base64,";
        if (dataUrl == null || !dataUrl.startsWith(prefix) || dataUrl.length() <= prefix.length()) {
            throw new InvalidInputException("请当事人在屏幕上签名", Map.of("signature", "请当事人在屏幕上签名"));
        }
        byte[] png;
        try {
            png = Base64.getDecoder().decode(dataUrl.substring(prefix.length()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("签名图像无法读取", Map.of("signature", "签名图像无法读取"));
        }
        if (png.length > MAX_SIGNATURE_BYTES || png.length < 8 || png[1] != 'P' || png[2] != 'N' || png[3] != 'G') {
            throw new InvalidInputException("签名图像无法读取", Map.of("signature", "签名图像无法读取"));
        }
        Instant signed = signedAt.atZone(ChinaTime.ZONE).toInstant();
        return intake.register(new EvidenceIntake.Item(EvidenceKind.DOCUMENTARY, "当事人签名（手机屏幕手写）",
                signer.strip() + " 在执法人员手机屏幕上手写签名；系统接收时间 " + ChinaTime.dateTimeSeconds(clock.instant()),
                signed, null, "执法人员手机", "当事人签名.png", "image/png", png,
                List.of(new EvidenceIntake.Link(EvidenceTargetType.CASE, String.valueOf(caseId)))), actor);
    }

    /** The evidence ids of the case's field photos that have a watermarked copy. */
    public List<Long> photos(long caseId, Actor actor) {
        requireCase(caseId, actor);
        return jdbc.sql("select evidence_id from case_field_photo where case_id = ? order by evidence_id")
                .param(caseId).query(Long.class).list();
    }

    public byte[] watermarked(long caseId, long evidenceId, Actor actor) {
        requireCase(caseId, actor);
        return jdbc.sql("select derived_jpeg from case_field_photo where case_id = ? and evidence_id = ?")
                .params(caseId, evidenceId).query(byte[].class).optional()
                .orElseThrow(() -> new NotFoundException("没有该现场照片"));
    }

    /**
     * Claims a field form's idempotency key for the actor. Empty: the key is new and the caller creates the case (and
     * then calls {@link #settle}); a case id: that draft was already sent and made this case. The actor's own claim
     * older than {@link FieldDraftProperties#claimExpiry()} without a case was left by a request that died: it is
     * taken over (one conditional update, so two retries never both win).
     */
    public Optional<Long> claim(UUID key, Actor actor) {
        Timestamp now = Timestamp.from(clock.instant());
        try {
            jdbc.sql("insert into case_field_submission (idempotency_key, user_id, created_at) values (?, ?, ?)")
                    .params(key, actor.userId(), now).update();
            return Optional.empty();
        } catch (DuplicateKeyException sent) {
            var row = jdbc.sql("select user_id, case_id from case_field_submission where idempotency_key = ?").param(key)
                    .query((rs, i) -> new Object[] {rs.getLong("user_id"), rs.getObject("case_id", Long.class)})
                    .single();
            if ((Long) row[0] != actor.userId()) {
                throw new ConflictException("该草稿已由他人提交，请在案件列表中查看");
            }
            if (row[1] != null) {
                return Optional.of((Long) row[1]);
            }
            int reclaimed = jdbc.sql("""
                    update case_field_submission set created_at = ?
                    where idempotency_key = ? and user_id = ? and case_id is null and created_at < ?""")
                    .params(now, key, actor.userId(), Timestamp.from(now.toInstant().minus(drafts.claimExpiry())))
                    .update();
            if (reclaimed == 1) {
                return Optional.empty();
            }
            throw new ConflictException("该草稿正在提交，请稍后在案件列表中查看");
        }
    }

    public void settle(UUID key, long caseId) {
        jdbc.sql("update case_field_submission set case_id = ? where idempotency_key = ?").params(caseId, key).update();
    }

    /** The submission failed (refused input): the same draft may be corrected and sent again. */
    public void release(UUID key) {
        jdbc.sql("delete from case_field_submission where idempotency_key = ? and case_id is null").param(key).update();
    }

    private void requireCase(long caseId, Actor actor) {
        Long unit = jdbc.sql("select unit_id from penalty_case where id = ?").param(caseId).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("未找到该案件，或不在您的数据范围内"));
        scope.requireVisible(actor, unit);
    }
}
