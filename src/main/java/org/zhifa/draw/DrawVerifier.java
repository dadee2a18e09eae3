package org.zhifa.draw;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Recomputes a published draw from its manifest alone (docs/random-draw.md §9): the header and its hash from the
 * lists, the commitment from the revealed seed, the result and its hash, and every replacement. Used by
 * {@code java -jar zhifa.jar verify-draw} and by the tests; needs neither zhifa's database nor a network.
 */
public final class DrawVerifier {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private DrawVerifier() {
    }

    /** One check: what was compared and whether it matched. */
    public record Check(String name, boolean ok, String detail) {
    }

    /**
     * The outcome.
     *
     * @param checks   every comparison made
     * @param result   the recomputed result (null when the seed is not revealed yet)
     * @param revealed whether the manifest carries the seed
     */
    public record Report(List<Check> checks, DrawResult result, boolean revealed) {

        public boolean consistent() {
            return checks.stream().allMatch(Check::ok);
        }
    }

    public static Report verify(DrawManifest.Published p) {
        List<Check> checks = new ArrayList<>();
        DrawInput input = p.input();
        if (p.header() != null) {
            checks.add(new Check("名单与规则（header）", input.header().equals(p.header()),
                    "由名单重新生成的 header 与公布的 header " + (input.header().equals(p.header()) ? "一致" : "不一致")));
        }
        checks.add(new Check("名单哈希（headerHash）", input.headerHashHex().equals(p.headerHash()),
                "重新计算 " + input.headerHashHex() + "，公布 " + p.headerHash()));
        if (p.seed() == null) {
            return new Report(checks, null, false);
        }
        checks.add(new Check("种子承诺（commitment）", p.seed().commitment().equals(p.commitment()),
                "SM3(种子) = " + p.seed().commitment() + "，事先公布 " + p.commitment()));
        DrawResult result = RandomDraw.draw(input, p.seed());
        if (p.selections() != null) {
            boolean same = result.selections().equals(p.selections());
            checks.add(new Check("抽取结果（result）", same, same ? "重新计算的 " + result.selections().size()
                    + " 个抽中对象及其人员与公布结果逐项一致" : firstDifference(result.selections(), p.selections())));
        }
        checks.add(new Check("结果哈希（resultHash）", result.hash().equals(p.resultHash()),
                "重新计算 " + result.hash() + "，公布 " + p.resultHash()));
        if (!p.replacements().isEmpty()) {
            List<RandomDraw.Withdrawal> withdrawals = p.replacements().stream()
                    .map(r -> new RandomDraw.Withdrawal(r.objectKey(), r.withdrawn(), r.reason())).toList();
            try {
                List<Replacement> again = RandomDraw.replace(input, p.seed(), result, withdrawals);
                boolean same = true;
                for (int i = 0; i < again.size(); i++) {
                    Replacement a = again.get(i);
                    Replacement b = p.replacements().get(i);
                    same &= a.round() == b.round() && Objects.equals(a.replacement(), b.replacement());
                }
                checks.add(new Check("回避替换（replacements）", same, p.replacements().size() + " 次替换"
                        + (same ? "，重新计算一致" : "，重新计算不一致")));
            } catch (IllegalArgumentException e) {
                checks.add(new Check("回避替换（replacements）", false, e.getMessage()));
            }
        }
        return new Report(checks, result, true);
    }

    private static String firstDifference(List<DrawResult.Selection> mine, List<DrawResult.Selection> published) {
        for (int i = 0; i < Math.max(mine.size(), published.size()); i++) {
            var a = i < mine.size() ? mine.get(i) : null;
            var b = i < published.size() ? published.get(i) : null;
            if (!Objects.equals(a, b)) {
                return "第 " + (i + 1) + " 项不同：重新计算 " + (a == null ? "（无）" : a.line()) + "；公布 "
                        + (b == null ? "（无）" : b.line());
            }
        }
        return "不一致";
    }

    // verify-draw <manifest.json> [--result-out <file>]: prints each check in Chinese and English and writes the
    // recomputed canonical result text when asked; exit code 0 consistent, 1 a check failed, 2 usage or input error
    public static int run(String[] args, PrintStream out) {
        Path manifest = null;
        Path resultOut = null;
        for (int i = 0; i < args.length; i++) {
            if ("--result-out".equals(args[i]) && i + 1 < args.length) {
                resultOut = Path.of(args[++i]);
            } else if (manifest == null && !args[i].startsWith("--")) {
                manifest = Path.of(args[i]);
            } else {
                manifest = null;
                break;
            }
        }
        if (manifest == null) {
            out.println("用法 / usage: verify-draw <抽取记录 manifest.json> [--result-out <结果文本 result.txt>]");
            return USAGE;
        }
        DrawManifest.Published published;
        try {
            published = DrawManifest.parse(Files.readString(manifest, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            out.println("[错误 ERROR] 无法读取抽取记录 / cannot read the manifest: " + e.getMessage());
            return USAGE;
        }
        DrawInput input = published.input();
        out.println("抽取编号 / draw: " + input.reference() + "（" + DrawSpec.ALGORITHM + "）");
        out.println("对象 / objects: " + input.objects().size() + "，人员 / assignees: " + input.assignees().size()
                + "，回避关系 / conflicts: " + input.conflicts().size() + "，每个对象分配 / per object: "
                + input.assignCount());
        Report report = verify(published);
        for (Check c : report.checks()) {
            out.println((c.ok() ? "[通过 OK] " : "[失败 FAIL] ") + c.name() + "：" + c.detail());
        }
        if (report.result() != null) {
            Map<String, int[]> perStratum = new LinkedHashMap<>();
            input.rules().forEach(r -> perStratum.put(r.name(), new int[2]));
            input.objects().forEach(o -> perStratum.get(o.stratum())[0]++);
            report.result().selections().forEach(s -> perStratum.get(s.stratum())[1]++);
            perStratum.forEach((k, v) -> out.println("层级 / stratum " + k + "：" + v[0] + " 个中抽取 " + v[1] + " 个"));
            long unstaffed = report.result().selections().stream().filter(s -> !s.staffed()).count();
            if (input.assignCount() > 0 && unstaffed > 0) {
                out.println("可分配人员不足的对象 / objects without enough eligible assignees: " + unstaffed);
            }
            out.println("结果哈希 / result hash: " + report.result().hash());
            if (resultOut != null) {
                try {
                    Files.writeString(resultOut, report.result().text(), StandardCharsets.UTF_8);
                    out.println("结果文本已写入 / result text written to " + resultOut);
                } catch (IOException e) {
                    out.println("[错误 ERROR] 无法写入 / cannot write " + resultOut + ": " + e.getMessage());
                    return USAGE;
                }
            }
        } else {
            out.println("尚未揭示种子：只核对了名单哈希 / seed not revealed yet: only the lists were checked");
        }
        if (report.consistent()) {
            out.println("结论 / verdict: 一致 CONSISTENT");
            return OK;
        }
        out.println("结论 / verdict: 不一致 INCONSISTENT");
        return FAILED;
    }
}
