/**
 * Publicity (公示) and the public portal: publication of decisions with masking, deadlines, history, withdrawal
 * and take-down; enforcement information pages; public search; complaint intake; party self-service for
 * non-site records (legal-rules §6; 处罚法 第三十九、四十一、四十八条; 方案 8, 20, 31).
 */
package org.zhifa.publicity;
