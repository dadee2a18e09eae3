package org.zhifa.evidence.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.zhifa.evidence.internal.EvidenceItem;
import org.zhifa.evidence.store.ContentStore;
import org.zhifa.evidence.store.DualDigest;

/**
 * Streams a stored file with HTTP range support (RFC 9110 §14): one byte range answers 206 with Content-Range, an
 * unsatisfiable one 416, anything else (no header, several ranges) the whole file with 200. Memory stays constant.
 * The byte range is worked out first ({@link #plan}) so that the read can be audited before a byte is sent.
 */
final class ContentResponder {

    private static final Pattern SINGLE_RANGE = Pattern.compile("^bytes=(\\d{0,18})-(\\d{0,18})$");

    private ContentResponder() {
    }

    /**
     * The bytes a request asks for.
     *
     * @param start         first byte
     * @param end           last byte (inclusive); start − 1 for an empty file
     * @param size          the file's size
     * @param partial       a single satisfiable range (206)
     * @param unsatisfiable a range outside the file (416)
     */
    record Plan(long start, long end, long size, boolean partial, boolean unsatisfiable) {

        long length() {
            return size == 0 ? 0 : end - start + 1;
        }

        /** For the audit record, e.g. "字节 0-1023（共 100000 字节）". */
        String describe() {
            if (unsatisfiable) {
                return "请求的字节范围超出文件（共 " + size + " 字节）";
            }
            return partial ? "字节 " + start + "-" + end + "（共 " + size + " 字节）" : "全部 " + size + " 字节";
        }
    }

    static Plan plan(String range, long size) {
        long start = 0;
        long end = size - 1;
        if (range != null) {
            Matcher m = SINGLE_RANGE.matcher(range.trim());
            if (m.matches() && !(m.group(1).isEmpty() && m.group(2).isEmpty())) {
                if (m.group(1).isEmpty()) {
                    long suffix = Long.parseLong(m.group(2));
                    start = Math.max(0, size - suffix);
                } else {
                    start = Long.parseLong(m.group(1));
                    if (!m.group(2).isEmpty()) {
                        end = Math.min(end, Long.parseLong(m.group(2)));
                    }
                }
                if (start >= size || start > end) {
                    return new Plan(0, -1, size, false, true);
                }
                return new Plan(start, end, size, true, false);
            }
        }
        return new Plan(0, size - 1, size, false, false);
    }

    static void send(ContentStore store, EvidenceItem item, Plan plan, boolean download,
            HttpServletResponse response) throws IOException {
        if (plan.unsatisfiable()) {
            response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + plan.size());
            return;
        }
        long length = plan.length();
        response.setStatus(plan.partial() ? HttpServletResponse.SC_PARTIAL_CONTENT : HttpServletResponse.SC_OK);
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
        response.setContentType(item.mediaType() == null ? "application/octet-stream" : item.mediaType());
        response.setContentLengthLong(length);
        response.setHeader(HttpHeaders.ETAG, "\"" + item.contentSm3() + "\"");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // Only media the player shows are served inline; anything else (HTML, SVG, scripts…) uploaded as evidence
        // is always a download, so it can never run in the application's origin.
        boolean inline = !download && !"none".equals(item.playerKind()) && !item.mediaType().contains("svg");
        ContentDisposition cd = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(item.fileName() == null ? "evidence-" + item.id() : item.fileName(), StandardCharsets.UTF_8)
                .build();
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, cd.toString());
        if (plan.partial()) {
            response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes " + plan.start() + "-" + plan.end() + "/" + plan.size());
        }
        if (length == 0) {
            return;
        }
        try (InputStream in = store.open(item.contentSm3(), plan.start())) {
            OutputStream out = response.getOutputStream();
            byte[] buffer = new byte[DualDigest.BUFFER_SIZE];
            long left = length;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
                left -= n;
            }
        }
    }
}
