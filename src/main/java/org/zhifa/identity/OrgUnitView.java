package org.zhifa.identity;

/**
 * An enforcement unit (执法单位).
 *
 * @param id              id
 * @param parentId        parent unit, null for the root
 * @param code            stable code
 * @param name            full name
 * @param shortName       short name used in case numbers, e.g. 海西交, 德交
 * @param kind            kind of unit
 * @param prefectureLevel prefecture-level units see the data of every unit
 * @param active          false once the unit is dissolved
 * @param contact         address and contact as entered on 单位管理 (values not entered are null)
 */
public record OrgUnitView(long id, Long parentId, String code, String name, String shortName, OrgUnitKind kind,
        boolean prefectureLevel, boolean active, OrgUnitContact contact) {

    public OrgUnitView {
        contact = contact == null ? OrgUnitContact.none() : contact;
    }
}
