package org.zhifa.catalog.model;

import java.util.List;

/**
 * An item of the enforcement catalogue (执法事项).
 *
 * @param exercisingUnitIds org units (identity module ids) that exercise the matter
 */
public record EnforcementMatter(long id, String code, String name, MatterKind kind, String legalBasis, String level,
        List<Long> exercisingUnitIds, String exercisingNote, CatalogStatus status, int version) {

    public EnforcementMatter {
        exercisingUnitIds = List.copyOf(exercisingUnitIds);
    }
}
