package org.zhifa.evidence.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.zhifa.common.InvalidInputException;
import org.zhifa.evidence.EvidenceLogPublication;
import org.zhifa.evidence.internal.PublicEntries;

/**
 * Public verification of one log entry (the page an evidence certificate's QR code opens) and the daily heads of the
 * public annual data, without login: they show digests and log positions, never evidence content or names.
 */
@Controller
class PublicEntryController {

    private final PublicEntries entries;
    private final EvidenceLogPublication publication;
    private final Clock clock;

    PublicEntryController(PublicEntries entries, EvidenceLogPublication publication, Clock clock) {
        this.entries = entries;
        this.publication = publication;
        this.clock = clock;
    }

    @GetMapping("/api/public/evidence/log/entries/{index}")
    @ResponseBody
    @Operation(summary = "日志条目及其包含证明", description = "叶数据（种类、证据编号、大小、SM3、SHA-256、入日志时间）、"
            + "到见证人联署的最新树头的包含证明、联署与时间戳；不含证据内容")
    Map<String, Object> entry(@PathVariable long index) {
        return entries.entry(index);
    }

    @GetMapping("/public/evidence/entries/{index}")
    String page(@PathVariable long index, Model model) {
        model.addAttribute("e", entries.entry(index));
        return "evidence/entry";
    }

    @GetMapping("/api/public/evidence/log/daily")
    @ResponseBody
    @Operation(summary = "每日树头（年度公开数据）", description = "每天结束时记录的树头，按日期排列")
    List<EvidenceLogPublication.DailyHead> daily(@RequestParam int year) {
        if (year < 2000 || year > Year.now(clock).getValue() + 1) {
            throw new InvalidInputException("年份无效", Map.of("year", "年份无效"));
        }
        return publication.dailyHeads(year);
    }
}
