package org.zhifa.inspection.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.common.Actor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.evidence.EvidenceIntake;
import org.zhifa.evidence.EvidenceKind;
import org.zhifa.evidence.EvidenceTargetType;

/**
 * Photos, videos and the drawn signature of an inspection go into the evidence module (content-addressed storage and
 * the transparency log) through {@link EvidenceIntake}, linked to the inspection.
 */
@Component
class InspectionEvidence {

    static final int MAX_SIGNATURE_BYTES = 512 * 1024;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    private final EvidenceIntake intake;
    private final JdbcClient jdbc;

    InspectionEvidence(EvidenceIntake intake, JdbcClient jdbc) {
        this.intake = intake;
        this.jdbc = jdbc;
    }

    /** The uploads of a form plus the attachments of an API request, checked (images and videos only). */
    static List<Upload> all(InspectionInput in, List<Upload> uploads) {
        List<Upload> out = new ArrayList<>(uploads == null ? List.of() : uploads);
        if (in.attachments() != null) {
            for (InspectionInput.Attachment a : in.attachments()) {
                try {
                    out.add(new Upload(a.fileName(), a.mediaType(), Base64.getDecoder().decode(a.contentBase64())));
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw new InvalidInputException("照片或视频内容不是有效的 Base64", Map.of("attachments", "内容无效"));
                }
            }
        }
        for (Upload u : out) {
            if (u.mediaType() == null || !(u.mediaType().startsWith("image/") || u.mediaType().startsWith("video/"))) {
                throw new InvalidInputException("只能上传照片或视频：" + u.fileName(), Map.of("attachments", "只能上传照片或视频"));
            }
            if (u.content() == null || u.content().length == 0) {
                throw new InvalidInputException("文件为空：" + u.fileName(), Map.of("attachments", "文件为空"));
            }
        }
        return out;
    }

    /** Stores every file and the signature; returns the signature's evidence id (null when the party refused). */
    Long store(long inspectionId, InspectionInput in, List<Upload> uploads, OffsetDateTime started,
            OffsetDateTime ended, Actor actor) {
        String period = started.toLocalTime() + "—" + ended.toLocalTime();
        List<EvidenceIntake.Link> links = List.of(new EvidenceIntake.Link(EvidenceTargetType.INSPECTION,
                Long.toString(inspectionId)));
        int n = 1;
        for (Upload u : all(in, uploads)) {
            String title = (u.video() ? "现场检查视频 " : "现场检查照片 ") + n++;
            long id = intake.register(new EvidenceIntake.Item(EvidenceKind.AUDIO_VIDEO, title,
                    "检查期间（" + started.toLocalDate() + " " + period + "）现场拍摄，随现场检查笔录上传",
                    started.toInstant(), in.place().strip(), null, u.fileName(), u.mediaType(), u.content(), links),
                    actor);
            link(inspectionId, id, u.video() ? "VIDEO" : "PHOTO", title);
        }
        if (!"SIGNED".equals(in.signature())) {
            return null;
        }
        byte[] png = signature(in.signatureImage());
        long id = intake.register(new EvidenceIntake.Item(EvidenceKind.ELECTRONIC_DATA, "被检查单位在场人员签名",
                in.representativeName().strip() + "（" + in.representativeRole().strip() + "）在手机上签名确认现场检查笔录",
                ended.toInstant(), in.place().strip(), null, "signature.png", "image/png", png, links), actor);
        link(inspectionId, id, "SIGNATURE", "被检查单位在场人员签名");
        return id;
    }

    /** Decodes a data:image/png;base64 URL and checks it is a PNG of reasonable size. */
    static byte[] signature(String dataUrl) {
        String prefix = "data:image/png;base64,";
        byte[] png;
        try {
            if (dataUrl == null || !dataUrl.startsWith(prefix)) {
                throw new IllegalArgumentException();
            }
            png = Base64.getDecoder().decode(dataUrl.substring(prefix.length()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("签名图像无效，请重新签名", Map.of("signatureImage", "签名图像无效，请重新签名"));
        }
        if (png.length < 8 || png.length > MAX_SIGNATURE_BYTES || png[0] != PNG[0] || png[1] != PNG[1]
                || png[2] != PNG[2] || png[3] != PNG[3]) {
            throw new InvalidInputException("签名图像无效，请重新签名", Map.of("signatureImage", "签名图像无效，请重新签名"));
        }
        return png;
    }

    private void link(long inspectionId, long evidenceId, String kind, String title) {
        jdbc.sql("insert into inspection_evidence (inspection_id, evidence_id, kind, title) values (:i, :e, :k, :t)")
                .param("i", inspectionId).param("e", evidenceId).param("k", kind).param("t", title).update();
    }
}
