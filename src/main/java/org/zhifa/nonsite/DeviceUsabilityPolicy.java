package org.zhifa.nonsite;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhifa.common.PolicyDecision;
import org.zhifa.common.Rejection;

/**
 * A device's record may be used for enforcement only when, on the record's day, the device has passed legal and
 * technical review, carries clear signage, its location was published, and (for weighing devices) its metrological
 * verification is valid (《行政处罚法》第四十一条第一款; 方案 20). Every failed requirement is named.
 */
@Component
public class DeviceUsabilityPolicy {

    public static final String ARTICLE = "《行政处罚法》第四十一条第一款";
    public static final String METROLOGY_ARTICLE = "《中华人民共和国计量法》第九条";

    public PolicyDecision evaluate(DeviceFacts device, LocalDate day) {
        List<Rejection> out = new ArrayList<>(2);
        if (!device.active()) {
            out.add(Rejection.of(ARTICLE, "设备已停用或报废，其记录不得作为执法依据"));
        }
        review(device, day, true, out);
        review(device, day, false, out);
        if (!device.signed()) {
            out.add(Rejection.of(ARTICLE, "设备未登记明显的设置标志"));
        }
        if (device.publishedOn() == null) {
            out.add(Rejection.of(ARTICLE, "设备设置地点尚未向社会公布"));
        } else if (device.publishedOn().isAfter(day)) {
            out.add(Rejection.of(ARTICLE, "记录日期 " + day + " 早于设置地点公布日期 " + device.publishedOn()));
        }
        if (device.kind().weighing()) {
            if (device.certNumber() == null || device.certDate() == null || device.certExpiry() == null) {
                out.add(Rejection.of(METROLOGY_ARTICLE, "称重设备没有计量检定证书"));
            } else if (device.certDate().isAfter(day)) {
                out.add(Rejection.of(METROLOGY_ARTICLE, "记录日期 " + day + " 早于计量检定日期 " + device.certDate()));
            } else if (device.certExpiry().isBefore(day)) {
                out.add(Rejection.of(METROLOGY_ARTICLE, "计量检定证书已于 " + device.certExpiry() + " 到期"));
            }
        }
        return out.isEmpty() ? PolicyDecision.allowed() : new PolicyDecision(out);
    }

    /** The latest review of the kind on or before the day decides. */
    private static void review(DeviceFacts device, LocalDate day, boolean legal, List<Rejection> out) {
        DeviceFacts.Review latest = null;
        for (DeviceFacts.Review r : device.reviews()) {
            if (r.legal() == legal && !r.reviewedOn().isAfter(day)
                    && (latest == null || !r.reviewedOn().isBefore(latest.reviewedOn()))) {
                latest = r;
            }
        }
        String what = legal ? "法制审核" : "技术审核";
        if (latest == null) {
            out.add(Rejection.of(ARTICLE, "设备在记录日期前未经" + what));
        } else if (!latest.passed()) {
            out.add(Rejection.of(ARTICLE, "设备最近一次" + what + "（" + latest.reviewedOn() + "）未通过"));
        }
    }
}
