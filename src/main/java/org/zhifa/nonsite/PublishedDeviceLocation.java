package org.zhifa.nonsite;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A published device location (设置地点公布) as shown to the public. */
public record PublishedDeviceLocation(String code, String kind, String road, String stake, String direction,
        BigDecimal longitude, BigDecimal latitude, String unitName, LocalDate publishedOn, String publishedWhere,
        boolean inService) {
}
