package org.zhifa.documents;

/**
 * No CJK font was found: documents would print Chinese as empty boxes, so none is rendered. The message names
 * the package to install and the setting to point at a font file.
 */
public class DocumentFontMissingException extends IllegalStateException {

    public DocumentFontMissingException(String message) {
        super(message);
    }
}
