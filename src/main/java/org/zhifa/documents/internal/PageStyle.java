package org.zhifa.documents.internal;

import org.zhifa.documents.DocumentFamily;

/**
 * The page of every printed document, shared by the PDF and the OFD: A4 portrait with the type area of GB/T 9704-2012
 * (公文格式 5.2.1: 版心 156 mm × 225 mm, 天头 37 mm, 订口 28 mm, so bottom 35 mm and right 26 mm; title 2号 = 22 pt;
 * body 3号 = 16 pt, 22 lines of 28 characters). Forms, lists and records are tables in the national forms and use
 * 4号 (14 pt) text and 小四 (12 pt) cells so that a label and its value fit on one row.
 *
 * @param bodySize    text size in points
 * @param leading     distance between two text lines in points
 * @param cellSize    text size in table cells in points
 * @param cellLeading distance between two lines in a table cell in points
 */
public record PageStyle(float bodySize, float leading, float cellSize, float cellLeading) {

    public static final float MM = 72f / 25.4f;
    public static final float PAGE_WIDTH_MM = 210;
    public static final float PAGE_HEIGHT_MM = 297;
    public static final float TOP_MM = 37;
    public static final float BOTTOM_MM = 35;
    public static final float LEFT_MM = 28;
    public static final float RIGHT_MM = 26;
    /** 2号 (GB/T 9704 7.2 标题). */
    public static final float TITLE_SIZE = 22;
    /** 4号 半角 page numbers, their line 7 mm below the type area (GB/T 9704 7.5). */
    public static final float PAGE_NUMBER_SIZE = 14;
    public static final float PAGE_NUMBER_GAP_MM = 7;
    /** Text of the 电子签章 block and the per-page signature note of records: 5号. */
    public static final float SMALL_SIZE = 10.5f;

    /** GB/T 9704: 225 mm / 22 lines. */
    private static final PageStyle OFFICIAL = new PageStyle(16, 225 / 22f * MM, 14, 14 * 1.5f);
    private static final PageStyle FORM = new PageStyle(14, 14 * 1.7f, 12, 12 * 1.5f);

    public static PageStyle of(DocumentFamily family) {
        return family == DocumentFamily.NOTICE || family == DocumentFamily.DECISION ? OFFICIAL : FORM;
    }

    /** Width of the type area in points. */
    public static float textWidth() {
        return (PAGE_WIDTH_MM - LEFT_MM - RIGHT_MM) * MM;
    }

    /** Height of the type area in points. */
    public static float textHeight() {
        return (PAGE_HEIGHT_MM - TOP_MM - BOTTOM_MM) * MM;
    }

    /** The page number printed at the foot of every page (the requirement of the issue: 第 N 页 共 M 页). */
    public static String pageNumber(int page, int pages) {
        return "第 " + page + " 页　共 " + pages + " 页";
    }
}
