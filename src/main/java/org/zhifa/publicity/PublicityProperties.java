package org.zhifa.publicity;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of publication and the public portal ({@code zhifa.publicity.*}).
 *
 * @param penaltyDecisionWorkingDays publish a penalty decision within this many working days
 * @param otherDecisionWorkingDays   publish other enforcement decisions within this many working days
 * @param withdrawalWorkingDays      withdraw a revoked or changed decision within this many working days
 * @param retention                  take a published decision down after this period (organisations)
 * @param naturalPersonRetention     the same for natural persons
 * @param autoRelease                which drafts are released without a unit head
 * @param takeDownCron               when the retention job runs
 * @param searchSyncInterval         how often each instance's search index catches up with the table
 * @param complaintsPerHour          complaints accepted per client address per hour
 * @param lookupFailuresPerHour      wrong verification codes accepted per client address per hour
 * @param maxAttachmentSize          size limit of one complaint attachment
 * @param maxAttachments             number of attachments per complaint
 * @param maxDescriptionLength       characters of a complaint's description
 * @param hotline                    the complaint hotline shown on the portal
 */
@ConfigurationProperties("zhifa.publicity")
public record PublicityProperties(
        Integer penaltyDecisionWorkingDays,
        Integer otherDecisionWorkingDays,
        Integer withdrawalWorkingDays,
        Period retention,
        Period naturalPersonRetention,
        AutoRelease autoRelease,
        String takeDownCron,
        Duration searchSyncInterval,
        Integer complaintsPerHour,
        Integer lookupFailuresPerHour,
        DataSize maxAttachmentSize,
        Integer maxAttachments,
        Integer maxDescriptionLength,
        String hotline) {

    /** Which drafts go public without a unit head's release. */
    public enum AutoRelease {
        /** every release is by a unit head (default) */
        NONE,
        /** decisions on organisations (no personal data to check) are released at once */
        ORGANISATIONS,
        /** every decision is released at once */
        ALL
    }

    public PublicityProperties {
        // 118号文（国办发〔2018〕118号）: 行政处罚决定 7 个工作日内公示 (legal-rules §6, cfg)
        penaltyDecisionWorkingDays = penaltyDecisionWorkingDays == null ? 7 : penaltyDecisionWorkingDays;
        // 118号文 and 方案 8: 其他执法决定 20 个工作日内公示 (legal-rules §6, cfg)
        otherDecisionWorkingDays = otherDecisionWorkingDays == null ? 20 : otherDecisionWorkingDays;
        // 《行政处罚法》第四十八条: 三日内撤回 (Art. 85: working days)
        withdrawalWorkingDays = withdrawalWorkingDays == null ? 3 : withdrawalWorkingDays;
        // legal-rules §6 (cfg): 5 years; 2 years for natural persons
        retention = retention == null ? Period.ofYears(5) : retention;
        naturalPersonRetention = naturalPersonRetention == null ? Period.ofYears(2) : naturalPersonRetention;
        // every release by a unit head unless the bureau configures otherwise (issue 7)
        autoRelease = autoRelease == null ? AutoRelease.NONE : autoRelease;
        // nightly, outside office hours
        takeDownCron = takeDownCron == null ? "0 15 3 * * *" : takeDownCron;
        // a published decision is searchable on every instance within seconds
        searchSyncInterval = searchSyncInterval == null ? Duration.ofSeconds(5) : searchSyncInterval;
        // abuse limit of the public form (issue 7): 5 per hour per address
        complaintsPerHour = complaintsPerHour == null ? 5 : complaintsPerHour;
        // a verification code cannot be guessed at 20 tries an hour (8 characters from 31 symbols)
        lookupFailuresPerHour = lookupFailuresPerHour == null ? 20 : lookupFailuresPerHour;
        // a phone photo or a scanned page fits; 3 × 5 MB stays far below the 60 MB request limit
        maxAttachmentSize = maxAttachmentSize == null ? DataSize.ofMegabytes(5) : maxAttachmentSize;
        maxAttachments = maxAttachments == null ? 3 : maxAttachments;
        maxDescriptionLength = maxDescriptionLength == null ? 2000 : maxDescriptionLength;
        // 交通运输服务监督电话 12328 (交通运输部)
        hotline = hotline == null ? "12328" : hotline;
    }
}
