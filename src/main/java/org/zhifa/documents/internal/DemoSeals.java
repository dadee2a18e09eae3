package org.zhifa.documents.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zhifa.identity.OrgUnitView;
import org.zhifa.identity.OrgUnits;

/**
 * Demo data ({@code zhifa.demo-data=true}): every active unit without a seal gets a demonstration seal (generated
 * key, image saying 演示电子印章 / 非真实印章), before the demo cases issue their documents.
 */
@Component
@Order(25)
@ConditionalOnProperty(name = "zhifa.demo-data", havingValue = "true")
class DemoSeals implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeals.class);

    private final SealAdministration seals;
    private final OrgUnits units;

    DemoSeals(SealAdministration seals, OrgUnits units) {
        this.seals = seals;
        this.units = units;
    }

    @Override
    public void run(ApplicationArguments args) {
        byte[] image = null;
        int made = 0;
        for (OrgUnitView unit : units.all()) {
            if (unit.active() && seals.current(unit.id()).isEmpty()) {
                image = image == null ? SealImages.demo() : image;
                seals.createDemo(unit, image);
                made++;
            }
        }
        if (made > 0) {
            log.info("演示数据：为 {} 个单位生成了演示电子印章（非真实印章）", made);
        }
    }
}
