-- Non-site over-limit enforcement (非现场执法): devices, detection records, clues, vehicle directory.

create table nonsite_device (
    id                  bigserial primary key,
    code                varchar(40)  not null unique,
    name                varchar(100) not null,
    kind                varchar(20)  not null check (kind in ('WIM', 'PLATE_CAMERA', 'VIDEO')),
    road                varchar(100) not null,
    stake               varchar(40)  not null,
    direction           varchar(40)  not null,
    longitude           numeric(10, 6),
    latitude            numeric(10, 6),
    unit_id             bigint       not null,
    accuracy_class      integer,
    cert_number         varchar(60),
    cert_date           date,
    cert_expiry         date,
    published_on        date,
    published_where     varchar(200),
    signage_photo       varchar(300),
    status              varchar(20)  not null default 'ACTIVE' check (status in ('ACTIVE', 'SUSPENDED', 'RETIRED')),
    api_key_sha256      char(64) unique,
    api_key_rotated_at  timestamptz,
    created_at          timestamptz  not null default now(),
    created_by          varchar(64)  not null,
    updated_at          timestamptz  not null default now(),
    version             integer      not null default 0
);
create index nonsite_device_unit on nonsite_device (unit_id);

-- Legal and technical reviews of a device before it is used (方案 20); never edited, a new review supersedes.
create table nonsite_device_review (
    id            bigserial primary key,
    device_id     bigint       not null references nonsite_device (id),
    kind          varchar(10)  not null check (kind in ('LEGAL', 'TECHNICAL')),
    reviewer      varchar(100) not null,
    reviewed_on   date         not null,
    passed        boolean      not null,
    opinion       varchar(2000) not null,
    document      varchar(300),
    recorded_by   varchar(64)  not null,
    recorded_at   timestamptz  not null default now()
);
create index nonsite_device_review_device on nonsite_device_review (device_id, kind, reviewed_on);

-- Detection records, partitioned by month of detection (partitions are created ahead by the application;
-- the default partition catches outliers). The key includes the partition column, as PostgreSQL requires:
-- a resent record carries the same device record id and detection time, so it is found and skipped.
create table nonsite_detection (
    device_id          bigint      not null,
    device_record_id   varchar(64) not null,
    detected_at        timestamptz not null,
    received_at        timestamptz not null,
    lane               smallint,
    plate              varchar(16),
    plate_colour       varchar(8),
    vehicle_type       varchar(40),
    axles              smallint,
    axle_groups        varchar(40),
    combination        boolean     not null,
    single_drive_axle  boolean     not null,
    single_tyre_axles  smallint    not null,
    gross_mass_kg      integer,
    axle_loads_kg      varchar(120),
    height_mm          integer,
    width_mm           integer,
    length_mm          integer,
    speed_kmh          smallint,
    images             varchar(2000),
    video              varchar(500),
    mass_limit_kg      integer,
    tolerance_kg       integer,
    excess_kg          integer     not null,
    dims_over          smallint    not null,
    over_limit         boolean     not null,
    usable             boolean     not null,
    primary key (device_id, device_record_id, detected_at)
) partition by range (detected_at);
create table nonsite_detection_default partition of nonsite_detection default;

-- When compliant passages are aggregated (zhifa.nonsite.compliant-storage=HOURLY) only their keys are kept, so
-- that a resent batch is not counted twice.
create table nonsite_passage_key (
    device_id        bigint      not null,
    device_record_id varchar(64) not null,
    detected_at      timestamptz not null,
    primary key (device_id, device_record_id, detected_at)
) partition by range (detected_at);
create table nonsite_passage_key_default partition of nonsite_passage_key default;

create table nonsite_passage_hourly (
    device_id  bigint      not null,
    hour       timestamptz not null,
    passages   integer     not null,
    mass_sum_kg bigint     not null,
    primary key (device_id, hour)
);

-- Counters per device and day, maintained per batch, so that statistics never scan the detection table.
create table nonsite_device_day (
    device_id   bigint  not null,
    day         date    not null,
    detections  integer not null,
    over_limit  integer not null,
    primary key (device_id, day)
);

-- One clue per over-limit event (same vehicle within the window), awaiting human review (处罚法 第四十一条).
create table nonsite_clue (
    id                 bigserial primary key,
    unit_id            bigint      not null,
    device_id          bigint      not null,
    device_record_id   varchar(64) not null,
    detected_at        timestamptz not null,
    plate              varchar(16) not null,
    plate_colour       varchar(8),
    first_detected_at  timestamptz not null,
    last_detected_at   timestamptz not null,
    detections         integer     not null,
    gross_mass_kg      integer,
    mass_limit_kg      integer,
    excess_kg          integer     not null,
    dims_over          smallint    not null,
    status             varchar(10) not null default 'PENDING' check (status in ('PENDING', 'CONFIRMED', 'REJECTED')),
    reviewer_user_id   bigint,
    reviewer_name      varchar(64),
    reviewed_at        timestamptz,
    review_reason      varchar(1000),
    case_id            bigint,
    notice_number      varchar(60),
    created_at         timestamptz not null default now(),
    version            integer     not null default 0
);
create index nonsite_clue_queue on nonsite_clue (status, unit_id, first_detected_at);
create index nonsite_clue_plate on nonsite_clue (plate, first_detected_at);
create index nonsite_clue_device_day on nonsite_clue (device_id, first_detected_at);

create table nonsite_clue_detection (
    clue_id          bigint      not null references nonsite_clue (id),
    device_id        bigint      not null,
    device_record_id varchar(64) not null,
    detected_at      timestamptz not null,
    gross_mass_kg    integer,
    primary key (clue_id, device_id, device_record_id, detected_at)
);

-- The evidence package assembled when a reviewer confirms a clue: the record, images, device certificates and
-- their SM3 digests.
create table nonsite_evidence_package (
    clue_id          bigint primary key references nonsite_clue (id),
    record_json      text        not null,
    record_sm3       char(64)    not null,
    device_json      text        not null,
    device_sm3       char(64)    not null,
    images           text        not null,
    package_sm3      char(64)    not null,
    evidence_ids     varchar(400),
    created_by       varchar(64) not null,
    created_at       timestamptz not null default now()
);

-- Vehicle directory imported from the road-transport system (external). Personal data of citizen owners is
-- encrypted (SM4-GCM); the blind index finds the owner without decrypting.
create table nonsite_vehicle (
    plate            varchar(16)  not null,
    plate_colour     varchar(8)   not null,
    owner_kind       varchar(12)  not null check (owner_kind in ('CITIZEN', 'ORGANISATION')),
    owner_name       varchar(200) not null,
    owner_id_enc     varchar(200),
    owner_id_index   char(64),
    address_enc      varchar(600),
    phone_enc        varchar(200),
    enterprise_name  varchar(200),
    enterprise_code  varchar(18),
    imported_at      timestamptz  not null default now(),
    imported_by      varchar(64)  not null,
    primary key (plate, plate_colour)
);
create index nonsite_vehicle_enterprise on nonsite_vehicle (enterprise_code);

-- 62号令: the case result goes to the vehicle's home road-transport authority within 7 working days after closure.
create table nonsite_home_notice (
    case_id       bigint primary key,
    case_number   varchar(80) not null,
    clue_id       bigint,
    plate         varchar(16),
    unit_id       bigint      not null,
    closed_on     date        not null,
    due_on        date,
    informed_on   date,
    informed_by   varchar(64),
    note          varchar(500)
);
