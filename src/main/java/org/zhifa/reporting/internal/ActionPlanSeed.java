package org.zhifa.reporting.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the bureau's three-year action plan (西交运字〔2024〕50号: 38 measures, the annex-1 task table) from
 * {@code reporting/plans/xjy-2024-50-*.csv} at the first start; a public document, loaded in every profile.
 */
@Component
class ActionPlanSeed implements ApplicationRunner {

    static final String CODE = "西交运字〔2024〕50号";
    private static final Logger log = LoggerFactory.getLogger(ActionPlanSeed.class);

    private final ActionPlans plans;

    ActionPlanSeed(ActionPlans plans) {
        this.plans = plans;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (plans.exists(CODE)) {
            return;
        }
        try (var measures = new ClassPathResource("reporting/plans/xjy-2024-50-measures.csv").getInputStream();
             var tasks = new ClassPathResource("reporting/plans/xjy-2024-50-tasks.csv").getInputStream()) {
            plans.load(CODE, "提升交通运输行政执法质量三年行动实施方案（2023—2025年）", CODE, ActionPlans.csv(measures),
                    ActionPlans.csv(tasks), "系统（内置方案）");
            log.info("已载入三年行动方案及任务分解表");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // another instance loaded it at the same moment
        }
    }
}
