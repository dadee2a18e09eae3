package org.zhifa.cases.web;

import org.springframework.web.util.UriComponentsBuilder;
import org.zhifa.cases.internal.CaseFilter;

/** The list URL with the current filters, for paging links. */
final class CaseLinks {

    private CaseLinks() {
    }

    static String listBase(CaseFilter f) {
        var b = UriComponentsBuilder.fromPath("/cases");
        if (f.unitId() != null) b.queryParam("unitId", f.unitId());
        if (f.state() != null) b.queryParam("state", f.state());
        if (f.officerId() != null) b.queryParam("officerId", f.officerId());
        if (f.violationCode() != null && !f.violationCode().isBlank()) b.queryParam("violation", f.violationCode());
        if (f.from() != null) b.queryParam("from", f.from());
        if (f.to() != null) b.queryParam("to", f.to());
        if (Boolean.TRUE.equals(f.overdue())) b.queryParam("overdue", true);
        if (f.q() != null && !f.q().isBlank()) b.queryParam("q", f.q());
        return b.encode().build().toUriString();
    }
}
