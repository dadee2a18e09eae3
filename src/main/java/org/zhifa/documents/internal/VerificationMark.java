package org.zhifa.documents.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.List;
import java.util.Map;

/**
 * The 电子签章 block printed at the end of a document's PDF and OFD: what was sealed, and the address of the public
 * verification page, also as a QR code.
 *
 * @param url   the public verification page of this document version
 * @param lines the statement printed beside the QR code
 */
public record VerificationMark(String url, List<String> lines) {

    public static final String HEADING = "电子签章";
    private static final String OFD = "本文书同时出具 OFD 版式文件（GB/T 33190）";

    public VerificationMark {
        lines = List.copyOf(lines);
    }

    /** The OFD carries the unit's electronic seal; {@code visible}: with the seal image over the seal area. */
    public static VerificationMark sealed(String url, String unitName, String keyId, boolean visible) {
        String sealed = visible
                ? "，已加盖" + unitName + "电子印章（SM2，GB/T 38540），印章证书标识 " + keyId.substring(0, 16) + "。"
                : "，已由" + unitName + "电子印章签章保护（本类文书不显示印章图像），印章证书标识 " + keyId.substring(0, 16) + "。";
        return new VerificationMark(url, List.of(OFD + sealed, verifyLine()));
    }

    /** The unit has no usable seal yet: the OFD is issued without one, and the document says so. */
    public static VerificationMark unsealed(String url, String unitName) {
        return new VerificationMark(url, List.of(OFD + "。" + unitName + "未配置可用的电子印章，本件未加盖电子签章。", verifyLine()));
    }

    private static String verifyLine() {
        return "扫描二维码或访问下列地址，核验文号、出具单位、日期和 SM3 指纹：";
    }

    /** The QR code of {@link #url()} (error correction M, one module of quiet zone). */
    public BitMatrix qrCode() {
        return qrCode(url);
    }

    /** The QR code of a public address as the documents print it (error correction M, one module of quiet zone). */
    public static BitMatrix qrCode(String url) {
        try {
            return new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
        } catch (WriterException e) {
            throw new IllegalStateException("无法生成核验二维码：" + e.getMessage(), e);
        }
    }
}
