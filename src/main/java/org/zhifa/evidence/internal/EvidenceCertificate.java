package org.zhifa.evidence.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhifa.common.ChinaTime;
import org.zhifa.documents.CjkFont;
import org.zhifa.evidence.log.ProofBundle;

/**
 * The evidence certificate (证据存证证明): a PDF with the item's metadata, its digests, its log indices, the
 * inclusion proofs and the signed tree head, plus how to check it independently. Chinese uses the documents
 * module's {@link CjkFont}, which refuses with a clear message rather than printing empty boxes.
 */
@Component
public class EvidenceCertificate {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ChinaTime.ZONE);

    private final CjkFont fonts;
    private final ProofService proofs;
    private final EvidenceRecords records;
    private final HeadPublication publication;

    EvidenceCertificate(CjkFont fonts, ProofService proofs, EvidenceRecords records, HeadPublication publication) {
        this.fonts = fonts;
        this.proofs = proofs;
        this.records = records;
        this.publication = publication;
    }

    public byte[] render(EvidenceItem item) {
        BaseFont base = fonts.baseFont();
        ProofBundle proof = proofs.proof(item, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Font title = new Font(base, 18, Font.BOLD);
            Font heading = new Font(base, 12, Font.BOLD);
            Font body = new Font(base, 9.5f);
            Font mono = new Font(base, 7.5f);
            Document doc = new Document(PageSize.A4, 48, 48, 48, 48);
            PdfWriter.getInstance(doc, out);
            doc.addTitle("证据存证证明 " + item.id());
            doc.addCreator("zhifa 交通运输行政执法综合管理信息系统");
            doc.open();
            Paragraph t = new Paragraph("证据存证证明", title);
            t.setAlignment(Element.ALIGN_CENTER);
            doc.add(t);
            Paragraph sub = new Paragraph("Evidence integrity certificate · 证据编号 " + item.id(), body);
            sub.setAlignment(Element.ALIGN_CENTER);
            sub.setSpacingAfter(12);
            doc.add(sub);

            // The QR code opens the public verification page of the item's metadata entry.
            String url = publication.entryUrl(proof.metadata().leafIndex());
            com.lowagie.text.Image qr = com.lowagie.text.Image.getInstance(publication.qrCodePng(url));
            qr.scaleAbsolute(86, 86);
            PdfPTable verify = new PdfPTable(new float[] {1f, 4.2f});
            verify.setWidthPercentage(100);
            PdfPCell qrCell = new PdfPCell(qr, false);
            qrCell.setBorder(0);
            verify.addCell(qrCell);
            PdfPCell text = new PdfPCell(new Phrase("扫码或访问以下地址核验本证据在透明日志中的条目（日志序号 "
                    + proof.metadata().leafIndex() + "）：\n" + url + "\n日志标识 " + proof.logId(), body));
            text.setBorder(0);
            verify.addCell(text);
            verify.setSpacingAfter(8);
            doc.add(verify);

            doc.add(new Paragraph("一、证据信息", heading));
            PdfPTable meta = table();
            row(meta, "证据种类", item.kind().label(), body);
            row(meta, "名称", item.title(), body);
            row(meta, "说明", item.description(), body);
            row(meta, "收集人", item.collectedByName() + "（用户编号 " + item.collectedByUserId() + "）", body);
            row(meta, "收集单位", item.unitName(), body);
            row(meta, "收集时间", item.collectedAtText(), body);
            row(meta, "地点", item.place(), body);
            row(meta, "设备", item.device(), body);
            row(meta, "连续录制", item.continuousRecording() ? "是" : "否", body);
            row(meta, "登记时间", TIME.format(item.createdAt()), body);
            if (item.supersedesId() != null) {
                row(meta, "更正", "本证据更正证据 " + item.supersedesId() + "，原因：" + item.supersedeReason(), body);
            }
            if (item.supersededById() != null) {
                row(meta, "已被更正", "本证据已由证据 " + item.supersededById() + " 更正（两者均保留）", body);
            }
            String links = String.join("；", records.links(item.id()).stream()
                    .map(EvidenceLink::targetText).toList());
            row(meta, "关联对象", links.isEmpty() ? "无" : links, body);
            doc.add(meta);

            if (item.hasFile()) {
                doc.add(new Paragraph("二、文件摘要", heading));
                PdfPTable file = table();
                row(file, "文件名", item.fileName(), body);
                row(file, "类型", item.mediaType(), body);
                row(file, "大小", item.contentSize() + " 字节", body);
                row(file, "SM3", item.contentSm3(), mono);
                row(file, "SHA-256", item.contentSha256(), mono);
                doc.add(file);
            }

            doc.add(new Paragraph("三、透明日志包含证明", heading));
            PdfPTable log = table();
            if (proof.file() != null) {
                entry(log, "文件条目", proof.file(), body, mono);
            }
            entry(log, "元数据条目", proof.metadata(), body, mono);
            for (ProofBundle.Entry link : proof.links()) {
                entry(log, "关联条目", link, body, mono);
                row(log, "关联文本", link.contentText(), mono);
            }
            if (proof.supersededBy() != null) {
                entry(log, "更正条目", proof.supersededBy(), body, mono);
                row(log, "更正文本", proof.supersededBy().contentText(), mono);
            }
            doc.add(log);

            doc.add(new Paragraph("四、签名树头（SM2）", heading));
            PdfPTable head = table();
            row(head, "树大小", String.valueOf(proof.treeHead().treeSize()), body);
            row(head, "根哈希 SM3", proof.treeHead().rootHash(), mono);
            row(head, "签名时间", TIME.format(Instant.ofEpochMilli(proof.treeHead().timestamp())), body);
            row(head, "签名数据", proof.treeHead().signedBytes(), mono);
            row(head, "SM2 签名", proof.treeHead().signature(), mono);
            row(head, "日志公钥标识", proof.keyId(), mono);
            StringBuilder cos = new StringBuilder();
            for (ProofBundle.Cosigned c : proof.cosignatures()) {
                cos.append(c.witnessName()).append("（公钥标识 ").append(c.witnessKeyId()).append("，")
                        .append(TIME.format(Instant.ofEpochMilli(c.timestamp()))).append("）\n");
            }
            row(head, "见证人联署", cos.isEmpty() ? "无" : cos.toString().strip(), body);
            row(head, "时间戳", proof.timestamp() == null ? "无"
                    : "RFC 3161（" + proof.timestamp().hashAlgorithm() + "），时间 "
                            + TIME.format(Instant.ofEpochMilli(proof.timestamp().genTime())), body);
            doc.add(head);

            doc.add(new Paragraph("五、独立核验方法", heading));
            doc.add(new Paragraph("""
                    1. 计算证据文件的 SM3（GB/T 32905）与 SHA-256，应与第二部分一致。
                    2. 叶哈希 = SM3(0x00 ‖ 叶数据)，节点哈希 = SM3(0x01 ‖ 左 ‖ 右)（RFC 6962/9162 结构）；按包含证明自叶向上计算，\
                    结果应等于签名树头的根哈希。
                    3. 用公开发布的日志公钥（/public/evidence/log-key）以 SM3withSM2（用户标识 1234567812345678）验证树头签名。
                    4. 用各见证人自行公布的公钥核验其联署（见证人确认该树头与其此前联署的树头一致，运营方无法独自改写日志）。
                    5. 也可使用命令：java -jar zhifa.jar verify-evidence <文件> <proof.json> <日志公钥.pem> --witness <见证人公钥.pem>，\
                    离线完成以上核验；proof.json 可从 /api/evidence/""" + item.id() + "/proof 取得。", body));
            doc.close();
        } catch (DocumentException | java.io.IOException e) {
            throw new IllegalStateException("生成证据存证证明失败", e);
        }
        return out.toByteArray();
    }

    private static PdfPTable table() {
        PdfPTable t = new PdfPTable(new float[] {1.2f, 4f});
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setSpacingAfter(10);
        return t;
    }

    private static void row(PdfPTable t, String label, String value, Font font) {
        PdfPCell l = new PdfPCell(new Phrase(label, font));
        l.setBackgroundColor(new java.awt.Color(0xEE, 0xF2, 0xF7));
        t.addCell(l);
        t.addCell(new PdfPCell(new Phrase(value == null || value.isBlank() ? "—" : value, font)));
    }

    private static void entry(PdfPTable t, String label, ProofBundle.Entry e, Font body, Font mono) {
        row(t, label, "序号 " + e.leafIndex() + "，树大小 " + e.treeSize(), body);
        row(t, "叶数据", e.leaf(), mono);
        row(t, "叶哈希", e.leafHash(), mono);
        List<String> path = e.inclusionProof();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.size(); i++) {
            sb.append(i + 1).append(". ").append(path.get(i)).append('\n');
        }
        row(t, "包含证明", path.isEmpty() ? "（单条日志，无需路径）" : sb.toString().strip(), mono);
    }
}
