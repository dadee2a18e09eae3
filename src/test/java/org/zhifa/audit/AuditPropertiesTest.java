package org.zhifa.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.zhifa.audit.internal.AuditProperties;

/** 网络安全法 第二十一条：网络日志留存不少于六个月. */
class AuditPropertiesTest {

    @Test
    void retention_defaults_to_180_days_per_article_21_of_the_cybersecurity_law() {
        AuditProperties properties = new AuditProperties(null, null);
        assertThat(properties.retentionDays()).isEqualTo(180);
        assertThat(properties.purgeCron()).isEqualTo("0 30 2 * * *");
    }

    @Test
    void retention_below_six_months_is_refused_at_startup_per_article_21_of_the_cybersecurity_law() {
        assertThatThrownBy(() -> new AuditProperties(179, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("第二十一条").hasMessageContaining("不得少于 180 天");
        assertThat(new AuditProperties(365, null).retentionDays()).isEqualTo(365);
    }
}
