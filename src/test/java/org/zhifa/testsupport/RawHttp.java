package org.zhifa.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A request written byte for byte on a socket, for addresses that {@code java.net.URI} refuses to build but clients do
 * send ({@code %zz}, {@code |}, raw spaces, over-long request lines), and to read exactly what the server answered.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** What came back: status, Content-Type, the body (chunked encoding removed) and every header (lower-case). */
    public record Response(int status, String contentType, String body, Map<String, String> headers) {

        /** The JSON object in the body (problem details). */
        public String json() {
            int start = body.indexOf('{');
            return start < 0 ? body : body.substring(start, body.lastIndexOf('}') + 1);
        }
    }

    public static Response get(int port, String target, String accept) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: " + accept
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(all);
            String response = all.toString(StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            String head = end < 0 ? response : response.substring(0, end);
            String body = end < 0 ? "" : response.substring(end + 4);
            Map<String, String> headers = new java.util.LinkedHashMap<>();
            head.lines().skip(1).filter(l -> l.indexOf(':') > 0).forEach(l -> headers.put(
                    l.substring(0, l.indexOf(':')).strip().toLowerCase(), l.substring(l.indexOf(':') + 1).strip()));
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = dechunk(body);
            }
            return new Response(Integer.parseInt(head.substring(9, 12)), headers.getOrDefault("content-type", ""), body,
                    headers);
        } catch (IOException e) {
            throw new UncheckedIOException(target, e);
        }
    }

    private static String dechunk(String body) {
        StringBuilder out = new StringBuilder();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        int i = 0;
        while (i < bytes.length) {
            int lineEnd = indexOf(bytes, i);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(new String(bytes, i, lineEnd - i, StandardCharsets.US_ASCII).strip(), 16);
            if (size == 0) {
                break;
            }
            out.append(new String(bytes, lineEnd + 2, size, StandardCharsets.UTF_8));
            i = lineEnd + 2 + size + 2;
        }
        return out.toString();
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
