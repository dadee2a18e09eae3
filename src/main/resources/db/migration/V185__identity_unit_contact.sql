-- identity: the issuing unit's address and contact, printed at the foot of the notices whose national form ends with
-- them (交通运输行政执法文书式样之十一 违法行为通知书, 之十二 听证通知书). Entered by the system administrator on
-- 单位管理; empty until entered (a notice of a unit without them is not issued). No value is made up here.
alter table org_unit
    add column address        varchar(200),
    add column postal_code    varchar(6)  check (postal_code ~ '^[0-9]{6}$'),
    add column contact_person varchar(50),
    add column contact_phone  varchar(20) check (contact_phone ~ '^[0-9]+(-[0-9]+)*$');
