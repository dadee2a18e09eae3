package org.zhifa.documents.verify;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * The files of an OFD package (a ZIP, GB/T 33190 7.2) read into memory for checking an uploaded or given file: entry
 * count and unpacked size are bounded (no ZIP bomb), names are normalised and may not leave the package, and XML is
 * parsed without DTDs or external entities.
 */
public final class OfdPackage {

    /** Far more than any enforcement document needs (a few dozen files, a few hundred kilobytes). */
    static final int MAX_ENTRIES = 2_000;
    static final long MAX_UNPACKED = 64L * 1024 * 1024;

    private final Map<String, byte[]> files;

    private OfdPackage(Map<String, byte[]> files) {
        this.files = Collections.unmodifiableMap(files);
    }

    public static OfdPackage read(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (files.size() >= MAX_ENTRIES) {
                    throw new IllegalArgumentException("OFD 包内文件过多");
                }
                if (e.isDirectory()) {
                    continue;
                }
                String name = normalise(e.getName());
                byte[] data = readBounded(in, MAX_UNPACKED - total);
                total += data.length;
                if (files.put(name, data) != null) {
                    throw new IllegalArgumentException("OFD 包内文件重名：" + name);
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("文件不是有效的 OFD（ZIP 包无法读取）", e);
        }
        if (!files.containsKey("OFD.xml")) {
            throw new IllegalArgumentException("文件不是 OFD：缺少 OFD.xml");
        }
        return new OfdPackage(files);
    }

    private static byte[] readBounded(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long read = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            read += n;
            if (read > limit) {
                throw new IllegalArgumentException("OFD 包解压后过大");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Package path without a leading slash, "." and ".." resolved; refuses paths that leave the package. */
    static String normalise(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String p : path.replace('\\', '/').split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    throw new IllegalArgumentException("OFD 包内路径越界：" + path);
                }
                parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        return String.join("/", parts);
    }

    /** Resolves an ST_Loc: absolute from the package root, else relative to the directory of {@code base}. */
    public static String resolve(String base, String loc) {
        if (loc.startsWith("/")) {
            return normalise(loc);
        }
        int slash = base.lastIndexOf('/');
        return normalise((slash < 0 ? "" : base.substring(0, slash + 1)) + loc);
    }

    public Map<String, byte[]> files() {
        return files;
    }

    public byte[] file(String path) {
        byte[] data = files.get(normalise(path));
        if (data == null) {
            throw new IllegalArgumentException("OFD 包内缺少文件：" + path);
        }
        return data;
    }

    public Document xml(String path) {
        try {
            return parser().parse(new ByteArrayInputStream(file(path)));
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("OFD 包内 XML 无法解析：" + path, e);
        }
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
