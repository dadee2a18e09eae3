package org.zhifa.personnel.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhifa.common.Rejection;
import org.zhifa.personnel.CertificateChangeReason;
import org.zhifa.personnel.CertificateState;
import org.zhifa.personnel.EnforcementCategory;

/**
 * An enforcement certificate (执法证) with its dated history. The aggregate refuses illegal changes (a revoked
 * certificate cannot be restored, only a suspended one can be…) and answers what its state was on any day.
 */
public class EnforcementCertificate {

    static final String ARTICLE = "方案第6条";

    private final Long id;
    private final long officerId;
    private String number;
    private final String issuingAuthority;
    private final Set<EnforcementCategory> categories;
    private final LocalDate issuedOn;
    private LocalDate expiresOn;
    private CertificateState state;
    private final int version;
    private final List<CertificateEvent> history;
    private final List<CertificateEvent> pending = new ArrayList<>();

    public EnforcementCertificate(Long id, long officerId, String number, String issuingAuthority,
            Set<EnforcementCategory> categories, LocalDate issuedOn, LocalDate expiresOn, CertificateState state,
            int version, List<CertificateEvent> history) {
        this.id = id;
        this.officerId = officerId;
        this.number = Objects.requireNonNull(number);
        this.issuingAuthority = issuingAuthority;
        this.categories = categories.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(categories));
        this.issuedOn = Objects.requireNonNull(issuedOn);
        this.expiresOn = Objects.requireNonNull(expiresOn);
        this.state = Objects.requireNonNull(state);
        this.version = version;
        this.history = new ArrayList<>(history);
    }

    /** 申领: a newly issued certificate, valid from {@code issuedOn} to {@code expiresOn}. */
    public static EnforcementCertificate issue(long officerId, String number, String issuingAuthority,
            Set<EnforcementCategory> categories, LocalDate issuedOn, LocalDate expiresOn, String note, String by) {
        if (categories.isEmpty()) {
            throw Rejection.of(ARTICLE, "执法证须至少载明一个执法门类").exception();
        }
        if (!expiresOn.isAfter(issuedOn)) {
            throw Rejection.of(ARTICLE, "有效期截止日期须晚于发证日期").exception();
        }
        EnforcementCertificate c = new EnforcementCertificate(null, officerId, number.trim(), issuingAuthority,
                categories, issuedOn, expiresOn, CertificateState.VALID, 0, List.of());
        c.record(new CertificateEvent(null, issuedOn, CertificateChangeReason.ISSUE, null, CertificateState.VALID,
                expiresOn, c.number, note, by, null));
        return c;
    }

    /**
     * Records a change on {@code date} (not before the last change, not in the future).
     *
     * @param newExpiry new expiry for 年审 (optional) and 换证 (required)
     * @param newNumber new number for 换证 (optional)
     */
    public void change(CertificateChangeReason reason, LocalDate date, LocalDate today, String note,
            LocalDate newExpiry, String newNumber, String by) {
        Objects.requireNonNull(reason);
        if (note == null || note.isBlank()) {
            throw Rejection.of(ARTICLE, "请填写变更原因说明").exception();
        }
        if (date.isAfter(today)) {
            throw Rejection.of(ARTICLE, "变更日期不能晚于今天").exception();
        }
        LocalDate last = lastChangeOn();
        if (last != null && date.isBefore(last)) {
            throw Rejection.of(ARTICLE, "变更日期不能早于上一次变更日期 " + last).exception();
        }
        if (state.terminal()) {
            throw Rejection.of(ARTICLE, "执法证已" + state.label() + "，不能再办理" + reason.label()).exception();
        }
        CertificateState from = stateOn(date);
        CertificateState to;
        switch (reason) {
            case ISSUE -> throw Rejection.of(ARTICLE, "申领须登记新证件").exception();
            case SUSPENSION -> {
                requireRecorded(reason, CertificateState.VALID);
                to = CertificateState.SUSPENDED;
            }
            case RESTORATION -> {
                requireRecorded(reason, CertificateState.SUSPENDED);
                to = CertificateState.VALID;
            }
            case ANNUAL_REVIEW, RENEWAL -> {
                requireRecorded(reason, CertificateState.VALID);
                if (reason == CertificateChangeReason.RENEWAL && newExpiry == null) {
                    throw Rejection.of(ARTICLE, "换证须填写新的有效期截止日期").exception();
                }
                if (newExpiry != null) {
                    if (!newExpiry.isAfter(date)) {
                        throw Rejection.of(ARTICLE, "新的有效期截止日期须晚于" + reason.label() + "日期").exception();
                    }
                    this.expiresOn = newExpiry;
                }
                if (reason == CertificateChangeReason.RENEWAL && newNumber != null && !newNumber.isBlank()) {
                    this.number = newNumber.trim();
                }
                to = CertificateState.VALID;
            }
            case REVOCATION -> to = CertificateState.REVOKED;
            case CANCELLATION -> to = CertificateState.CANCELLED;
            default -> throw new IllegalStateException(reason.name());
        }
        this.state = to;
        record(new CertificateEvent(null, date, reason, from, to, expiresOn, number, note.trim(), by, null));
    }

    private void requireRecorded(CertificateChangeReason reason, CertificateState required) {
        if (state != required) {
            throw Rejection.of(ARTICLE, "执法证当前为“" + state.label() + "”，不能办理" + reason.label()).exception();
        }
    }

    private void record(CertificateEvent event) {
        history.add(event);
        pending.add(event);
    }

    /**
     * The state on {@code date}, replayed from the history: null before the certificate was issued; EXPIRED when
     * it was valid but its expiry date (as it stood on that day) had passed.
     */
    public CertificateState stateOn(LocalDate date) {
        CertificateEvent last = null;
        for (CertificateEvent e : history) {
            if (!e.occurredOn().isAfter(date)) {
                last = e;
            }
        }
        if (last == null || date.isBefore(issuedOn)) {
            return null;
        }
        if (last.to() == CertificateState.VALID && date.isAfter(last.expiresOn())) {
            return CertificateState.EXPIRED;
        }
        return last.to();
    }

    /** The expiry date as it stood on {@code date}. */
    public LocalDate expiresOnAsOf(LocalDate date) {
        LocalDate result = expiresOn;
        for (CertificateEvent e : history) {
            if (!e.occurredOn().isAfter(date)) {
                result = e.expiresOn();
            }
        }
        return result;
    }

    /** The day of the change that produced the state holding on {@code date}. */
    public LocalDate stateSince(LocalDate date) {
        LocalDate since = null;
        for (CertificateEvent e : history) {
            if (!e.occurredOn().isAfter(date)) {
                since = e.occurredOn();
            }
        }
        return since;
    }

    public boolean covers(EnforcementCategory category) {
        // Only the categories printed on the certificate count; nothing is implied by 综合执法.
        return category == null || categories.contains(category);
    }

    public String categoryLabels() {
        return categories.stream().map(EnforcementCategory::label).collect(Collectors.joining("、"));
    }

    private LocalDate lastChangeOn() {
        return history.isEmpty() ? null : history.get(history.size() - 1).occurredOn();
    }

    public Long id() {
        return id;
    }

    public long officerId() {
        return officerId;
    }

    public String number() {
        return number;
    }

    public String issuingAuthority() {
        return issuingAuthority;
    }

    public Set<EnforcementCategory> categories() {
        return categories;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    /** The recorded state (never EXPIRED); see {@link #stateOn(LocalDate)} for the state on a day. */
    public CertificateState recordedState() {
        return state;
    }

    public int version() {
        return version;
    }

    public List<CertificateEvent> history() {
        return List.copyOf(history);
    }

    /** Changes not yet written. */
    public List<CertificateEvent> pendingEvents() {
        return List.copyOf(pending);
    }
}
