package org.zhifa.documents.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.zhifa.common.ChinaTime;
import org.zhifa.crypto.Sm3;
import org.zhifa.documents.DocumentFields;
import org.zhifa.documents.EnforcementDocuments;
import org.zhifa.documents.IssuedDocument;
import org.zhifa.documents.verify.OfdSealVerifier;
import org.zhifa.documents.verify.SealReport;

/**
 * The public check of a document: what its verification page shows (number, unit, date, fingerprints, seal; never
 * the fields, which carry personal data), and the check of a file someone holds: its SM3 against the issued
 * documents and, for an OFD, its electronic seal and whether the seal is one zhifa registered.
 */
@Service
public class DocumentCheck {

    private final EnforcementDocuments documents;
    private final SealStore seals;

    DocumentCheck(EnforcementDocuments documents, SealStore seals) {
        this.documents = documents;
        this.seals = seals;
    }

    /**
     * What the public sees of one document version.
     *
     * @param token    the verification token
     * @param title    document title
     * @param number   文号, or null
     * @param unitName issuing unit
     * @param date     the date printed on the document (落款日期), or null
     * @param issuedAt when it was issued, China time, yyyy-MM-dd HH:mm
     * @param version  1 for the original
     * @param current  false once corrected by a later version
     * @param sm3Pdf   SM3 of the PDF
     * @param sm3Ofd   SM3 of the OFD
     * @param sealName the electronic seal on the OFD, or null
     * @param keyId    SM3 of the seal's public key, or null
     * @param sm3Content SM3 of the content fixed at issue that both files were rendered from, or null (issued before)
     */
    public record PublicView(String token, String title, String number, String unitName, String date, String issuedAt,
            int version, boolean current, String sm3Pdf, String sm3Ofd, String sealName, String keyId,
            String sm3Content) {

        static PublicView of(IssuedDocument d) {
            Object date = d.fields().get(DocumentFields.DATE);
            return new PublicView(d.verificationToken(), d.title(), d.number(), d.unitName(),
                    date == null ? null : Formats.date(date),
                    d.issuedAt().atZoneSameInstant(ChinaTime.ZONE).format(MINUTES),
                    d.version(), d.current(), d.sm3Pdf(), d.sm3Ofd(), d.sealName(), d.sealKeyId(),
                    d.sm3Content());
        }

        private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    }

    /**
     * The result of checking a file.
     *
     * @param sm3        SM3 of the file
     * @param kind       PDF, OFD or 其他
     * @param matches    issued documents whose PDF or OFD is exactly this file
     * @param report     the seal check of an OFD, or null
     * @param registered for an OFD: the unit whose registered seal key signed it, or null
     * @param problem    why an OFD could not be read, or null
     */
    public record FileCheck(String sm3, String kind, List<PublicView> matches, SealReport report, String registered,
            String problem) {
    }

    /** The page of a document whose files are not rendered yet renders them first, so it shows their SM3. */
    public Optional<PublicView> view(String token) {
        return documents.findByVerificationToken(token).map(d -> d.rendered() ? d : documents.rendered(d.id()))
                .map(PublicView::of);
    }

    /** The seal certificate (PEM) of the document's OFD, for pinning in the offline check. */
    public Optional<String> certificatePem(String token) {
        return documents.findByVerificationToken(token).map(IssuedDocument::sealKeyId)
                .flatMap(seals::findByKeyId).map(UnitSeal::certificatePem);
    }

    public FileCheck check(byte[] file) {
        String sm3 = Sm3.hex(file);
        List<PublicView> matches = documents.findByFingerprint(sm3).stream().map(PublicView::of).toList();
        String kind = startsWith(file, "%PDF-") ? "PDF" : startsWith(file, "PK") ? "OFD" : "其他";
        if (!kind.equals("OFD")) {
            return new FileCheck(sm3, kind, matches, null, null, null);
        }
        try {
            SealReport report = OfdSealVerifier.verify(file, null);
            String registered = report.signatures().stream().map(SealReport.Signature::keyId)
                    .map(seals::findByKeyId).flatMap(Optional::stream).map(UnitSeal::sealName).findFirst().orElse(null);
            return new FileCheck(sm3, kind, matches, report, registered, null);
        } catch (IllegalArgumentException e) {
            return new FileCheck(sm3, "其他", matches, null, null, e.getMessage());
        }
    }

    private static boolean startsWith(byte[] data, String prefix) {
        byte[] p = prefix.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        if (data.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (data[i] != p[i]) {
                return false;
            }
        }
        return true;
    }
}
