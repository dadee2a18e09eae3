package org.zhifa.nonsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhifa.common.Rejection;

class DeviceUsabilityPolicyTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);
    private final DeviceUsabilityPolicy policy = new DeviceUsabilityPolicy();

    private static DeviceFacts ready() {
        return new DeviceFacts(DeviceKind.WIM, true, "JD-1", DAY.minusMonths(6), DAY.plusMonths(6), DAY.minusDays(30), true,
                List.of(new DeviceFacts.Review(true, DAY.minusDays(60), true), new DeviceFacts.Review(false, DAY.minusDays(50), true)));
    }

    private static List<String> messages(DeviceFacts f, LocalDate day) {
        return new DeviceUsabilityPolicy().evaluate(f, day).rejections().stream().map(Rejection::message).toList();
    }

    @Test
    void a_reviewed_signed_published_and_verified_device_is_usable_per_article_41() {
        assertThat(policy.evaluate(ready(), DAY).isAllowed()).isTrue();
    }

    @Test
    void a_device_without_legal_and_technical_review_is_not_usable_per_article_41() {
        var f = new DeviceFacts(DeviceKind.WIM, true, "JD-1", DAY.minusMonths(6), DAY.plusMonths(6), DAY.minusDays(30), true, List.of());
        assertThat(messages(f, DAY)).anyMatch(m -> m.contains("法制审核")).anyMatch(m -> m.contains("技术审核"));
        assertThat(policy.evaluate(f, DAY).rejections()).allMatch(r -> r.article().equals(DeviceUsabilityPolicy.ARTICLE));
    }

    @Test
    void a_later_failed_review_makes_the_device_unusable_from_its_date() {
        var reviews = new java.util.ArrayList<>(ready().reviews());
        reviews.add(new DeviceFacts.Review(false, DAY.minusDays(1), false));
        var f = new DeviceFacts(DeviceKind.WIM, true, "JD-1", DAY.minusMonths(6), DAY.plusMonths(6), DAY.minusDays(30), true, reviews);
        assertThat(policy.evaluate(f, DAY.minusDays(2)).isAllowed()).isTrue();
        assertThat(messages(f, DAY)).anyMatch(m -> m.contains("技术审核") && m.contains("未通过"));
    }

    @Test
    void records_from_before_the_location_was_published_are_not_usable_per_article_41() {
        assertThat(messages(ready(), DAY.minusDays(31))).anyMatch(m -> m.contains("早于设置地点公布日期"));
        assertThat(policy.evaluate(ready(), DAY.minusDays(30)).isAllowed()).isTrue();
    }

    @Test
    void a_weighing_device_needs_a_valid_metrological_verification() {
        assertThat(messages(ready(), DAY.plusMonths(6).plusDays(1))).anyMatch(m -> m.contains("计量检定证书已于"));
        var camera = new DeviceFacts(DeviceKind.PLATE_CAMERA, true, null, null, null, DAY.minusDays(30), true, ready().reviews());
        assertThat(policy.evaluate(camera, DAY).isAllowed()).isTrue();
    }

    @Test
    void a_suspended_or_unsigned_device_is_not_usable() {
        var f = new DeviceFacts(DeviceKind.WIM, false, "JD-1", DAY.minusMonths(6), DAY.plusMonths(6), DAY.minusDays(30), false,
                ready().reviews());
        assertThat(messages(f, DAY)).anyMatch(m -> m.contains("停用")).anyMatch(m -> m.contains("标志"));
    }
}
