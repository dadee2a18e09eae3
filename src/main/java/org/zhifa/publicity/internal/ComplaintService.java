package org.zhifa.publicity.internal;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.audit.AuditEvent;
import org.zhifa.audit.AuditResult;
import org.zhifa.audit.AuditTrail;
import org.zhifa.supervision.ComplaintHandling;
import org.zhifa.common.ChinaTime;
import org.zhifa.common.Actor;
import org.zhifa.common.InvalidInputException;
import org.zhifa.common.NotFoundException;
import org.zhifa.common.PageResult;
import org.zhifa.common.RateLimiter;
import org.zhifa.common.Rejection;
import org.zhifa.crypto.PersonalDataCipher;
import org.zhifa.crypto.Sm3;
import org.zhifa.identity.OrgUnits;
import org.zhifa.publicity.PublicityProperties;

/** Complaint and report intake (投诉举报, 方案 31): the public form, status look-up and the supervision queue. */
@Service
public class ComplaintService {

    static final String SUBMIT_BUCKET = "complaint";
    static final String LOOKUP_BUCKET = "complaint-lookup";
    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final RateLimiter rateLimit;
    private final PublicityProperties properties;
    private final AuditTrail audit;
    private final OrgUnits units;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final ComplaintHandling handling;

    ComplaintService(JdbcClient jdbc, PersonalDataCipher cipher, RateLimiter rateLimit,
            PublicityProperties properties, AuditTrail audit, OrgUnits units, Clock clock,
            PlatformTransactionManager transactions, ComplaintHandling handling) {
        this.handling = handling;
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.rateLimit = rateLimit;
        this.properties = properties;
        this.audit = audit;
        this.units = units;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /** What the public submits. */
    public record Submission(String category, String enterpriseName, Long concernedUnitId, String subject,
            String description, String contactName, String contactPhone) {
    }

    /** An uploaded file as received. */
    public record Upload(String filename, byte[] content) {
    }

    /** The tracking number and the verification code, shown once. */
    public record Receipt(String number, String code) implements Serializable {
    }

    /** What the complainant may see: acceptance here, the stages after it from supervision's complaint cycle. */
    public record Status(String number, String category, String status, String statusLabel, Instant receivedAt,
            Instant acknowledgedAt, String reply, List<ComplaintHandling.PublicStage> stages) {
    }

    /** A queue row for the supervision bureau. */
    public record Complaint(long id, String number, String category, String categoryLabel, boolean greenChannel,
            String enterpriseName, Long concernedUnitId, String concernedUnitName, String subject, String description,
            String contactName, String contactPhone, String status, Instant receivedAt, Instant acknowledgedAt,
            String acknowledgedBy, String reply, int version, List<Attachment> attachments) {
    }

    public record Attachment(long id, String filename, String mediaType, int sizeBytes, String sm3) {
    }

    /** The key of a public client for the rate limits: the SM3 digest of its address, never the address. */
    public static String clientKey(String address) {
        return Sm3.hex("zhifa-public:" + address);
    }

    /**
     * Validates, stores and answers the receipt; refused with field errors in Chinese, or 429 when over the limit. The
     * use of the hourly limit is taken first, atomically and outside the storing transaction (so that simultaneous
     * submissions never wait on each other holding connections), and given back if storing fails.
     */
    public Receipt submit(Submission s, List<Upload> uploads, String clientAddress) {
        ComplaintCategory category = validate(s, uploads);
        String client = clientKey(clientAddress);
        rateLimit.require(SUBMIT_BUCKET, client, properties.complaintsPerHour(), Duration.ofHours(1), "提交");
        Receipt receipt;
        try {
            receipt = tx.execute(status -> store(s, category, uploads, client));
        } catch (RuntimeException e) {
            rateLimit.giveBack(SUBMIT_BUCKET, client);
            throw e;
        }
        audit.record(new AuditEvent("public", null, null, "COMPLAINT_RECEIVED", "COMPLAINT", receipt.number(),
                AuditResult.SUCCESS, "收到" + category.label() + "（附件 " + uploads.size() + " 个）", clientAddress));
        return receipt;
    }

    private Receipt store(Submission s, ComplaintCategory category, List<Upload> uploads, String client) {
        String number = "TS" + LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%06d", jdbc.sql("select nextval('complaint_number_seq')").query(Long.class).single()
                % 1_000_000);
        String code = code();
        long id = jdbc.sql("""
                insert into complaint (number, code_hash, category, green_channel, enterprise_name, concerned_unit_id,
                    subject, description, contact_name_enc, contact_phone_enc, status, client_hash)
                values (:number, :hash, :category, :green, :enterprise, :unit, :subject, :description, :name, :phone,
                    'RECEIVED', :client) returning id
                """).param("number", number).param("hash", codeHash(number, code)).param("category", category.name())
                .param("green", category.greenChannel()).param("enterprise", blankToNull(s.enterpriseName()))
                .param("unit", s.concernedUnitId()).param("subject", s.subject().strip())
                .param("description", s.description().strip())
                .param("name", encrypt(s.contactName())).param("phone", encrypt(s.contactPhone()))
                .param("client", client).query(Long.class).single();
        for (Upload u : uploads) {
            AttachmentType type = AttachmentType.detect(u.content()).orElseThrow();
            jdbc.sql("insert into complaint_attachment (complaint_id, filename, media_type, size_bytes, sm3, content) "
                    + "values (?, ?, ?, ?, ?, ?)").param(id).param(safeName(u.filename())).param(type.mediaType())
                    .param(u.content().length).param(Sm3.hex(u.content())).param(u.content()).update();
        }
        return new Receipt(number, code);
    }

    private ComplaintCategory validate(Submission s, List<Upload> uploads) {
        Map<String, String> errors = new LinkedHashMap<>();
        ComplaintCategory category = null;
        try {
            category = ComplaintCategory.valueOf(s.category() == null ? "" : s.category());
        } catch (IllegalArgumentException e) {
            errors.put("category", "请选择投诉举报类别");
        }
        if (category == ComplaintCategory.PRIVATE_ENTERPRISE && blank(s.enterpriseName())) {
            errors.put("enterpriseName", "民营企业绿色通道须填写企业名称");
        }
        if (s.concernedUnitId() != null && units.find(s.concernedUnitId()).isEmpty()) {
            errors.put("concernedUnitId", "所选单位不存在");
        }
        if (blank(s.subject()) || s.subject().strip().length() > 100) {
            errors.put("subject", "请填写标题（不超过 100 字）");
        }
        if (blank(s.description()) || s.description().strip().length() < 10) {
            errors.put("description", "请具体描述事项（至少 10 字）");
        } else if (s.description().strip().length() > properties.maxDescriptionLength()) {
            errors.put("description", "描述不能超过 " + properties.maxDescriptionLength() + " 字");
        }
        if (blank(s.contactPhone()) || !s.contactPhone().strip().matches("[0-9+\\- ]{7,20}")) {
            errors.put("contactPhone", "请填写有效的联系电话，以便核实和答复");
        }
        if (s.contactName() != null && s.contactName().strip().length() > 50) {
            errors.put("contactName", "联系人不超过 50 字");
        }
        if (s.enterpriseName() != null && s.enterpriseName().strip().length() > 100) {
            errors.put("enterpriseName", "企业名称不超过 100 字");
        }
        if (uploads.size() > properties.maxAttachments()) {
            errors.put("attachments", "附件最多 " + properties.maxAttachments() + " 个");
        }
        long max = properties.maxAttachmentSize().toBytes();
        for (Upload u : uploads) {
            if (u.content().length > max) {
                errors.put("attachments", "附件“" + safeName(u.filename()) + "”超过 "
                        + properties.maxAttachmentSize().toMegabytes() + " MB");
            } else if (AttachmentType.detect(u.content()).isEmpty()) {
                errors.put("attachments", "附件“" + safeName(u.filename()) + "”不是 JPG、PNG 或 PDF 文件");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("投诉举报内容有误：" + String.join("；", errors.values()), errors);
        }
        return category;
    }

    /** The status for the holder of the number and the code; a wrong code counts against the address. */
    public Status status(String number, String code, String clientAddress) {
        String client = clientKey(clientAddress);
        // every attempt takes a use at once (no transaction: it stays taken), a successful one gives it back
        rateLimit.require(LOOKUP_BUCKET, client, properties.lookupFailuresPerHour(), Duration.ofHours(1), "查询");
        String n = number == null ? "" : number.strip().toUpperCase();
        String c = code == null ? "" : code.strip().toUpperCase();
        Optional<Status> found = jdbc.sql("""
                select number, category, status, received_at, acknowledged_at, public_reply from complaint
                where number = ? and code_hash = ?
                """).param(n).param(codeHash(n, c)).query((rs, i) -> new Status(rs.getString("number"),
                        ComplaintCategory.valueOf(rs.getString("category")).label(), rs.getString("status"),
                        statusLabel(rs.getString("status")), PublicationStore.instant(rs, "received_at"),
                        PublicationStore.instant(rs, "acknowledged_at"), rs.getString("public_reply"), List.of()))
                .optional().map(st -> {
                    List<ComplaintHandling.PublicStage> stages = handling.publicStages(st.number());
                    return stages.isEmpty() ? st : new Status(st.number(), st.category(), st.status(),
                            stages.get(stages.size() - 1).label(), st.receivedAt(), st.acknowledgedAt(), st.reply(),
                            stages);
                });
        if (found.isEmpty()) {
            // one answer for a wrong number and a wrong code: nothing about other people's complaints leaks
            throw new NotFoundException("受理编号或查询码不正确");
        }
        rateLimit.giveBack(LOOKUP_BUCKET, client);
        return found.get();
    }

    static String statusLabel(String status) {
        return "ACKNOWLEDGED".equals(status) ? "已受理，正在办理" : "已收到，待受理";
    }

    public PageResult<Complaint> queue(String status, String q, boolean greenOnly, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (status != null && !status.isBlank()) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        if (greenOnly) {
            where.append(" and green_channel");
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (number like :q or subject like :q or description like :q or enterprise_name like :q)");
            params.put("q", "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        long total = jdbc.sql("select count(*) from complaint" + where).params(params).query(Long.class).single();
        List<Complaint> items = jdbc.sql("select * from complaint" + where
                + " order by green_channel desc, status = 'ACKNOWLEDGED', received_at desc limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query((rs, i) -> row(rs, List.of())).list();
        return new PageResult<>(items, total, page, size);
    }

    public Complaint find(long id) {
        List<Attachment> attachments = jdbc.sql("select id, filename, media_type, size_bytes, sm3 "
                + "from complaint_attachment where complaint_id = ? order by id").param(id)
                .query((rs, i) -> new Attachment(rs.getLong("id"), rs.getString("filename"),
                        rs.getString("media_type"), rs.getInt("size_bytes"), rs.getString("sm3"))).list();
        Complaint c = jdbc.sql("select * from complaint where id = ?").param(id)
                .query((rs, i) -> row(rs, attachments)).optional()
                .orElseThrow(() -> new NotFoundException("投诉举报不存在"));
        audit.success("COMPLAINT_VIEWED", "COMPLAINT", c.number(), "查看投诉举报（含联系方式）");
        return c;
    }

    /** The attachment's bytes for the supervision bureau. */
    public Map.Entry<Attachment, byte[]> attachment(long complaintId, long attachmentId) {
        return jdbc.sql("select id, filename, media_type, size_bytes, sm3, content from complaint_attachment "
                + "where id = ? and complaint_id = ?").param(attachmentId).param(complaintId)
                .query((rs, i) -> Map.entry(new Attachment(rs.getLong("id"), rs.getString("filename"),
                        rs.getString("media_type"), rs.getInt("size_bytes"), rs.getString("sm3")),
                        rs.getBytes("content"))).optional()
                .orElseThrow(() -> new NotFoundException("附件不存在"));
    }

    /** The supervision bureau acknowledges receipt; the reply is what the complainant reads. */
    @Transactional
    public void acknowledge(Actor actor, long id, int expectedVersion, String reply) {
        if (reply == null || reply.isBlank() || reply.strip().length() > 1000) {
            throw new InvalidInputException("请填写受理答复（不超过 1000 字）", Map.of("reply", "请填写受理答复（不超过 1000 字）"));
        }
        String state = jdbc.sql("select status from complaint where id = ?").param(id).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("投诉举报不存在"));
        if ("ACKNOWLEDGED".equals(state)) {
            // 方案第31条: a complaint is accepted once and handled to the end; its deadline runs from that acceptance
            throw Rejection.of(org.zhifa.common.Law.ACTION_PLAN.article(31),
                    "该投诉举报已受理，办理期限自受理之日起计算，不再重复受理").exception();
        }
        int n = jdbc.sql("update complaint set status = 'ACKNOWLEDGED', acknowledged_at = now(), acknowledged_by = ?, "
                + "public_reply = ?, version = version + 1 where id = ? and version = ?").param(actor.username())
                .param(reply.strip()).param(id).param(expectedVersion).update();
        if (n != 1) {
            throw Publication.staleVersion().exception();
        }
        Complaint c = jdbc.sql("select * from complaint where id = ?").param(id).query((rs, i) -> row(rs, List.of()))
                .single();
        // the cycle after acceptance (转办, handling, reply, follow-up, closure) belongs to supervision
        handling.accepted(new ComplaintHandling.Accepted(id, c.number(), c.category(), c.categoryLabel(),
                c.greenChannel(), c.subject(), c.concernedUnitId(), LocalDate.now(clock.withZone(ChinaTime.ZONE))));
        audit.success("COMPLAINT_ACKNOWLEDGED", "COMPLAINT", id, "受理投诉举报");
    }

    private Complaint row(java.sql.ResultSet rs, List<Attachment> attachments) throws java.sql.SQLException {
        ComplaintCategory category = ComplaintCategory.valueOf(rs.getString("category"));
        Long unit = (Long) rs.getObject("concerned_unit_id");
        return new Complaint(rs.getLong("id"), rs.getString("number"), category.name(), category.label(),
                rs.getBoolean("green_channel"), rs.getString("enterprise_name"), unit,
                unit == null ? null : units.find(unit).map(u -> u.name()).orElse(null), rs.getString("subject"),
                rs.getString("description"), decrypt(rs.getString("contact_name_enc")),
                decrypt(rs.getString("contact_phone_enc")), rs.getString("status"),
                PublicationStore.instant(rs, "received_at"), PublicationStore.instant(rs, "acknowledged_at"),
                rs.getString("acknowledged_by"), rs.getString("public_reply"), rs.getInt("version"), attachments);
    }

    private String encrypt(String value) {
        return blank(value) ? null : cipher.encrypt(value.strip());
    }

    private String decrypt(String value) {
        return value == null ? null : cipher.decrypt(value);
    }

    static String codeHash(String number, String code) {
        return Sm3.hex("complaint:" + number + ":" + code);
    }

    private static String code() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            sb.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return sb.toString();
    }

    static String safeName(String filename) {
        String n = filename == null ? "附件" : filename.replaceAll("[\\\\/\\p{Cntrl}\"<>]", "_").strip();
        return n.isEmpty() ? "附件" : n.length() > 100 ? n.substring(n.length() - 100) : n;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
