package org.zhifa.common;

import java.util.List;
import java.util.Optional;

/** The outcome of a named policy: allowed, or refused with one or more rejections. */
public record PolicyDecision(List<Rejection> rejections) {

    private static final PolicyDecision ALLOWED = new PolicyDecision(List.of());

    public PolicyDecision {
        rejections = List.copyOf(rejections);
    }

    public static PolicyDecision allowed() {
        return ALLOWED;
    }

    public static PolicyDecision rejected(Rejection rejection) {
        return new PolicyDecision(List.of(rejection));
    }

    public static PolicyDecision rejected(String article, String message) {
        return rejected(Rejection.of(article, message));
    }

    public static PolicyDecision rejected(LegalBasis basis, String message) {
        return rejected(Rejection.of(basis, message));
    }

    public boolean isAllowed() {
        return rejections.isEmpty();
    }

    public Optional<Rejection> firstRejection() {
        return rejections.stream().findFirst();
    }

    /** Throws the first rejection, if any. */
    public void orThrow() {
        firstRejection().ifPresent(r -> {
            throw r.exception();
        });
    }

    public PolicyDecision and(PolicyDecision other) {
        if (other.isAllowed()) {
            return this;
        }
        if (isAllowed()) {
            return other;
        }
        var all = new java.util.ArrayList<>(rejections);
        all.addAll(other.rejections);
        return new PolicyDecision(all);
    }
}
