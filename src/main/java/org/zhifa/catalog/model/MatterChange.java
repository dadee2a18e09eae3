package org.zhifa.catalog.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A dated change of a matter with its reason and the document that made it. */
public record MatterChange(long id, long matterId, LocalDate changeDate, ChangeType type, String reason,
        String document, CatalogStatus statusAfter, String recordedBy, OffsetDateTime recordedAt) {
}
