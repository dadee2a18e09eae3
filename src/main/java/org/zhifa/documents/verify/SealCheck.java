package org.zhifa.documents.verify;

/**
 * One check of a sealed document.
 *
 * @param label  what was checked, in Chinese
 * @param passed whether it holds
 * @param detail what was found
 */
public record SealCheck(String label, boolean passed, String detail) {
}
