package org.zhifa.personnel;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the personnel module.
 *
 * @param expiryWarningDays     warn this many days before a certificate expires
 * @param reviewerRatioMinimum  legal reviewers / enforcement officers of a unit must not be below this
 * @param photoMaxBytes         largest accepted officer photo
 */
@ConfigurationProperties("zhifa.personnel")
public record PersonnelProperties(Integer expiryWarningDays, BigDecimal reviewerRatioMinimum, Long photoMaxBytes) {

    public PersonnelProperties {
        if (expiryWarningDays == null) {
            expiryWarningDays = 60; // issue 3: 到期前 60 天预警
        }
        if (reviewerRatioMinimum == null) {
            reviewerRatioMinimum = new BigDecimal("0.05"); // 118号文: 法制审核人员原则上不少于执法人员总数的 5%
        }
        if (photoMaxBytes == null) {
            photoMaxBytes = 2L * 1024 * 1024; // 照片不超过 2 MB
        }
    }
}
