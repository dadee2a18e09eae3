package org.zhifa.documents.internal;

import java.util.List;
import org.zhifa.documents.DocumentFamily;

/**
 * What a document prints, independent of PDF or DOCX: the layouts build it from the fields, the two renderers
 * print it. Keeping one model is what makes the DOCX say exactly what the PDF says.
 *
 * @param family     the layout family, which chooses the type sizes ({@link PageStyle})
 * @param unitName   issuing unit (header and seal)
 * @param title      document title
 * @param number     the document's own number, or null
 * @param caseNumber the case number, printed when given and different from the number
 * @param blocks     body blocks in order
 * @param pageNote   text printed at the foot of every page (signature lines of records), or null
 */
public record DocumentModel(DocumentFamily family, String unitName, String title, String number, String caseNumber, List<Block> blocks,
        String pageNote) {

    /** The stub of a two-part form, printed last after a cut line. */
    public java.util.Optional<Stub> stub() {
        return !blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Stub s ? java.util.Optional.of(s)
                : java.util.Optional.empty();
    }

    /** End of the body: the blocks before the stub. */
    public int bodyEnd() {
        return stub().isPresent() ? blocks.size() - 1 : blocks.size();
    }

    /**
     * Where the closing run of the body starts: signatures and the seal at its end, with a date line printed under
     * them. The closing is kept on one page with the end of the block before it.
     */
    public int closingStart() {
        int k = bodyEnd();
        if (k >= 2 && blocks.get(k - 1) instanceof Para && closing(blocks.get(k - 2))) {
            k--;
        }
        while (k > 0 && closing(blocks.get(k - 1))) {
            k--;
        }
        return k;
    }

    private static boolean closing(Block b) {
        return b instanceof Seal || b instanceof Signatures;
    }

    /** A body block. */
    public sealed interface Block permits Para, Form, Table, Qa, Seal, Signatures, Stub {
    }

    /** A paragraph, with an optional label printed before the text (e.g. 违法事实：…). */
    public record Para(String label, String text) implements Block {
    }

    /** A two-column form (label, value). */
    public record Form(List<Row> rows) implements Block {
    }

    public record Row(String label, String value) {
    }

    /**
     * A table with a caption.
     *
     * @param qrColumns the columns whose cells hold an address printed as its QR code (e.g. an evidence item's public
     *                  verification page), not as text
     */
    public record Table(String caption, List<String> headers, List<List<String>> rows, java.util.Set<Integer> qrColumns)
            implements Block {

        public Table {
            qrColumns = java.util.Set.copyOf(qrColumns);
        }

        public Table(String caption, List<String> headers, List<List<String>> rows) {
            this(caption, headers, rows, java.util.Set.of());
        }

        /** The same table with only some of its rows. */
        public Table rows(int from, int to) {
            return new Table(caption, headers, rows.subList(from, to), qrColumns);
        }
    }

    /** Lines of a record: 问：… / 答：… or speaker：…. */
    public record Qa(String caption, List<Row> lines) implements Block {
    }

    /** The issuing authority, the seal area and the date (处罚法 Art. 59 (六)). */
    public record Seal(String unitName, String date) implements Block {
    }

    /** Signature lines, one per label. */
    public record Signatures(List<String> labels) implements Block {
    }

    /**
     * The second part of a two-part form (存根 kept by the unit, 回执 returned by the party): printed after a cut line,
     * never split over two pages, always last.
     *
     * @param title      e.g. 当场行政处罚决定书（存根）
     * @param rows       the facts repeated from the first part
     * @param signatures signature lines
     */
    public record Stub(String title, List<Row> rows, List<String> signatures) implements Block {
    }
}
