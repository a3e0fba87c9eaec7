-- The network's member directory: one profile per identity organisation (name, short name and
-- country stay in identity_organisation), offices, helplines, membership change requests, the
-- history of every change, and the directory's revision counter that public page caches follow.
-- Short lists (languages, services, crime types, regions) are comma-separated codes; weekly
-- opening hours are "DAY HH:MM-HH:MM" periods separated by ";" or "ALWAYS"; holidays are
-- "YYYY-MM-DD name" lines.

create table network_member (
    organisation_id   uuid not null primary key references identity_organisation (id),
    membership_type   varchar(20) not null,
    status            varchar(20) not null,
    website           varchar(300),
    email             varchar(254),
    phone             varchar(40),
    summary           varchar(2000),
    time_zone         varchar(60) not null,
    languages         varchar(300) not null,
    services          varchar(1000) not null,
    crime_types       varchar(1000) not null,
    regions           varchar(1000) not null,
    opening_hours     varchar(2000) not null,
    holidays          varchar(4000) not null,
    chat_in_pharos    boolean not null,
    contact_verified  boolean not null,
    verified_by       varchar(254),
    verified_at       timestamp(6) with time zone,
    created_at        timestamp(6) with time zone not null,
    updated_at        timestamp(6) with time zone not null,
    version           bigint not null
);

create index network_member_status on network_member (status);

create table network_office (
    id               uuid not null primary key,
    organisation_id  uuid not null references network_member (organisation_id),
    position         integer not null,
    name             varchar(200) not null,
    street           varchar(300),
    postcode         varchar(20),
    city             varchar(120) not null,
    region           varchar(120),
    latitude         double precision,
    longitude        double precision,
    phone            varchar(40)
);

create index network_office_organisation on network_office (organisation_id);

create table network_helpline (
    id               uuid not null primary key,
    organisation_id  uuid not null references network_member (organisation_id),
    position         integer not null,
    number           varchar(40) not null,
    harmonised       boolean not null,
    languages        varchar(300) not null,
    opening_hours    varchar(2000) not null,
    call_cost        varchar(20) not null,
    contact_verified boolean not null
);

create index network_helpline_organisation on network_helpline (organisation_id);

create table network_membership_request (
    id               uuid not null primary key,
    organisation_id  uuid not null references network_member (organisation_id),
    current_type     varchar(20) not null,
    requested_type   varchar(20) not null,
    reason           varchar(1000),
    status           varchar(20) not null,
    requested_by     varchar(254) not null,
    requested_at     timestamp(6) with time zone not null,
    decided_by       varchar(254),
    decided_at       timestamp(6) with time zone
);

create index network_membership_request_status on network_membership_request (status);

create table network_change (
    id               uuid not null primary key,
    organisation_id  uuid not null references network_member (organisation_id),
    action           varchar(60) not null,
    actor_id         uuid,
    actor_label      varchar(254) not null,
    changed_at       timestamp(6) with time zone not null,
    before_state     text,
    after_state      text
);

create index network_change_organisation on network_change (organisation_id, changed_at);

create table network_revision (
    id        integer not null primary key,
    revision  bigint not null
);

insert into network_revision (id, revision) values (1, 1);
