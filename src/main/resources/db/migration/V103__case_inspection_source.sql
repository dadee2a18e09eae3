-- cases: the inspection or patrol finding a case source came from (cases.InspectionCaseIntake), so that the case and
-- the inspection each find the other. Owned by the cases module.
create table case_inspection_source (
    case_id          bigint primary key references penalty_case (id),
    source_reference text   not null,
    registered_at    timestamptz not null default now()
);
create index case_inspection_source_ref on case_inspection_source (source_reference);
