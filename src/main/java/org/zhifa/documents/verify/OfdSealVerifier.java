package org.zhifa.documents.verify;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.zhifa.crypto.Sm3;
import org.zhifa.documents.seal.SealCredential;
import org.zhifa.documents.seal.SesSignature;

/**
 * Checks the electronic seals of an OFD offline (GB/T 33190 18 签名, GB/T 38540 7 签章验证): the SM3 of every file
 * the signature protects, the signed hash of Signature.xml, the SM2 signature of the signer, the seal maker's signature
 * of the seal, the signer being one of the seal's certificates, the signing time inside the validity of seal and
 * certificate, no file of the package left unprotected and, when a certificate or public key is pinned, that the
 * signer holds exactly that key. Without a pinned key the check proves the file unchanged since sealing, not who
 * sealed it.
 */
public final class OfdSealVerifier {

    private static final Set<String> SM3_NAMES = Set.of("SM3", "1.2.156.10197.1.401");

    private OfdSealVerifier() {
    }

    /**
     * @param ofd    the file
     * @param pinned the signer's expected public key, or null
     * @throws IllegalArgumentException when the file is not a readable OFD
     */
    public static SealReport verify(byte[] ofd, PublicKey pinned) {
        OfdPackage pkg = OfdPackage.read(ofd);
        Document root = pkg.xml("OFD.xml");
        Map<String, String> facts = new LinkedHashMap<>();
        for (Element data : elements(root.getDocumentElement(), "CustomData")) {
            facts.put(data.getAttribute("Name"), data.getTextContent().strip());
        }
        List<String> problems = new ArrayList<>();
        List<SealReport.Signature> signatures = new ArrayList<>();
        Element signaturesLoc = first(root.getDocumentElement(), "Signatures");
        if (signaturesLoc == null) {
            problems.add("文件未加盖电子签章");
            return new SealReport(Sm3.hex(ofd), facts, signatures, problems);
        }
        String listPath = OfdPackage.resolve("OFD.xml", signaturesLoc.getTextContent().strip());
        Set<String> covered = new HashSet<>();
        covered.add(listPath);
        covered.add("OFD.xml");
        for (Element record : elements(pkg.xml(listPath).getDocumentElement(), "Signature")) {
            String path = OfdPackage.resolve(listPath, record.getAttribute("BaseLoc"));
            signatures.add(signature(pkg, path, pinned, covered));
        }
        if (signatures.isEmpty()) {
            problems.add("文件未加盖电子签章");
        }
        for (String file : pkg.files().keySet()) {
            if (!covered.contains(file)) {
                problems.add("文件 " + file + " 不在任何签章的保护范围内（签章后被加入）");
            }
        }
        return new SealReport(Sm3.hex(ofd), facts, signatures, problems);
    }

    private static SealReport.Signature signature(OfdPackage pkg, String path, PublicKey pinned, Set<String> covered) {
        List<SealCheck> checks = new ArrayList<>();
        covered.add(path);
        Element signature = pkg.xml(path).getDocumentElement();
        Element references = first(signature, "References");
        String method = references == null ? "" : references.getAttribute("CheckMethod");
        int count = 0;
        List<String> changed = new ArrayList<>();
        if (references != null) {
            for (Element ref : elements(references, "Reference")) {
                String file = OfdPackage.resolve(path, ref.getAttribute("FileRef"));
                covered.add(file);
                count++;
                byte[] expected = Base64.getMimeDecoder().decode(first(ref, "CheckValue").getTextContent().strip());
                byte[] data = pkg.files().get(file);
                if (data == null || !java.util.Arrays.equals(expected, Sm3.digest(data))) {
                    changed.add(file);
                }
            }
        }
        if (!SM3_NAMES.contains(method)) {
            checks.add(new SealCheck("文件完整", false, "不支持的摘要算法：" + method));
        } else {
            checks.add(new SealCheck("文件完整", changed.isEmpty() && count > 0, changed.isEmpty()
                    ? count + " 个文件的 SM3 与签章时一致" : "以下文件在签章后被改动或删除：" + String.join("、", changed)));
        }
        Element valueLoc = first(signature, "SignedValue");
        if (valueLoc == null) {
            checks.add(new SealCheck("签章数据", false, "Signature.xml 未指明签章值文件（SignedValue）"));
            return new SealReport.Signature("", "", "", null, checks);
        }
        String valuePath = OfdPackage.resolve(path, valueLoc.getTextContent().strip());
        covered.add(valuePath);
        SesSignature ses;
        try {
            ses = SesSignature.parse(pkg.file(valuePath));
        } catch (IllegalArgumentException e) {
            checks.add(new SealCheck("签章数据", false, e.getMessage()));
            return new SealReport.Signature("", "", "", null, checks);
        }
        X509Certificate signer = ses.signer();
        boolean hashMatches = java.util.Arrays.equals(ses.dataHash(), Sm3.digest(pkg.file(path)));
        checks.add(new SealCheck("签章原文", hashMatches, hashMatches ? "签章保护的 Signature.xml 未被改动"
                : "Signature.xml 与签章时不一致"));
        boolean signed = ses.signatureValid();
        checks.add(new SealCheck("签章值", signed, signed ? "签章人 SM2 签名有效（SM3withSM2）" : "签章人签名无效"));
        boolean made = ses.seal().makerSignatureValid();
        checks.add(new SealCheck("电子印章", made, made ? "制章者签名有效：" + subject(ses.seal().maker())
                : "电子印章的制章者签名无效"));
        Instant at = ses.time();
        boolean sealTime = !at.isBefore(ses.seal().validStart()) && !at.isAfter(ses.seal().validEnd());
        checks.add(new SealCheck("印章有效期", sealTime, "签章时间 " + at + "，印章有效期 " + ses.seal().validStart()
                + " 至 " + ses.seal().validEnd()));
        boolean allowed = ses.seal().allows(ses.signerCert());
        boolean certTime = !at.isBefore(signer.getNotBefore().toInstant()) && !at.isAfter(signer.getNotAfter().toInstant());
        checks.add(new SealCheck("签章人证书", allowed && certTime, (allowed ? "签章人证书在印章的证书列表中"
                : "签章人证书不在印章的证书列表中") + (certTime ? "，签章时在有效期内" : "，签章时不在证书有效期内")));
        Element sealLoc = first(first(signature, "Seal"), "BaseLoc");
        if (sealLoc != null) {
            String sealPath = OfdPackage.resolve(path, sealLoc.getTextContent().strip());
            covered.add(sealPath);
            boolean same = java.util.Arrays.equals(pkg.file(sealPath), ses.seal().encoded());
            checks.add(new SealCheck("印章文件", same, same ? "Seal.esl 与签章数据中的印章一致" : "Seal.esl 与签章数据中的印章不一致"));
        }
        String keyId = SealCredential.keyId(signer.getPublicKey());
        if (pinned != null) {
            boolean same = SealCredential.sameKey(pinned, signer.getPublicKey());
            checks.add(new SealCheck("指定证书", same, same ? "签章人正是指定证书（公钥）的持有者"
                    : "签章人公钥 " + keyId + " 与指定的 " + SealCredential.keyId(pinned) + " 不同"));
        }
        return new SealReport.Signature(ses.seal().name(), subject(signer), keyId, at, checks);
    }

    private static String subject(X509Certificate c) {
        return c.getSubjectX500Principal().getName(javax.security.auth.x500.X500Principal.RFC2253);
    }

    private static List<Element> elements(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        NodeList nodes = parent.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static Element first(Element parent, String localName) {
        List<Element> all = elements(parent, localName);
        return all.isEmpty() ? null : all.get(0);
    }
}
