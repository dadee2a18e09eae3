package org.zhifa.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.zhifa.documents.verify.OfdPackage;

/** Reads OFD files back in tests: the text of each page, and a copy with one file changed, added or removed. */
public final class OfdFiles {

    private OfdFiles() {
    }

    /** The text of each page (TextCode contents in drawing order) with white space removed. */
    public static List<String> texts(byte[] ofd) {
        OfdPackage pkg = OfdPackage.read(ofd);
        String docRoot = OfdPackage.resolve("OFD.xml", first(pkg.xml("OFD.xml"), "DocRoot").getTextContent().strip());
        List<String> pages = new ArrayList<>();
        NodeList list = pkg.xml(docRoot).getElementsByTagNameNS("*", "Page");
        for (int i = 0; i < list.getLength(); i++) {
            String content = OfdPackage.resolve(docRoot, ((Element) list.item(i)).getAttribute("BaseLoc"));
            NodeList codes = pkg.xml(content).getElementsByTagNameNS("*", "TextCode");
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < codes.getLength(); c++) {
                sb.append(codes.item(c).getTextContent());
            }
            pages.add(sb.toString().replaceAll("[\\s\\u3000]+", ""));
        }
        return pages;
    }

    /** A copy of the package with {@code path} replaced ({@code data} null: removed). */
    public static byte[] with(byte[] ofd, String path, byte[] data) {
        Map<String, byte[]> files = new LinkedHashMap<>(OfdPackage.read(ofd).files());
        if (data == null) {
            files.remove(path);
        } else {
            files.put(path, data);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Element first(Document doc, String name) {
        return (Element) doc.getElementsByTagNameNS("*", name).item(0);
    }
}
