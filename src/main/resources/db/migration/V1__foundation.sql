-- Foundation: organisations and users (identity), the audit chain, and the tables that Spring
-- Modulith's event registry and ShedLock need. Written once to run unchanged on H2 (PostgreSQL
-- mode) and on PostgreSQL.

create table event_publication (
    id                     uuid not null primary key,
    listener_id            varchar not null,
    event_type             varchar not null,
    serialized_event       varchar not null,
    publication_date       timestamp(6) with time zone not null,
    completion_date        timestamp(6) with time zone,
    status                 varchar(32),
    completion_attempts    integer not null default 0,
    last_resubmission_date timestamp(6) with time zone
);
create index event_publication_incomplete on event_publication (completion_date, publication_date);

create table shedlock (
    name       varchar(64) not null primary key,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null,
    locked_by  varchar(255) not null
);

create table identity_organisation (
    id           uuid not null primary key,
    name         varchar(200) not null,
    short_name   varchar(60) not null,
    kind         varchar(20) not null,
    country_code varchar(2) not null,
    created_at   timestamp(6) with time zone not null,
    constraint identity_organisation_short_name unique (short_name)
);

create table identity_user (
    id                 uuid not null primary key,
    organisation_id    uuid not null references identity_organisation (id),
    email              varchar(254) not null,
    display_name       varchar(120) not null,
    password_hash      varchar(255),
    status             varchar(20) not null,
    preferred_language varchar(8) not null,
    totp_secret        varchar(255),
    totp_last_step     bigint,
    failed_logins      integer not null default 0,
    locked_until       timestamp(6) with time zone,
    last_login_at      timestamp(6) with time zone,
    created_at         timestamp(6) with time zone not null,
    version            bigint not null default 0,
    constraint identity_user_email unique (email)
);
create index identity_user_organisation on identity_user (organisation_id);

create table identity_user_role (
    user_id uuid not null references identity_user (id) on delete cascade,
    role    varchar(32) not null,
    primary key (user_id, role)
);

-- Append-only: each row carries the hash of the row before it; audit_chain_head holds the newest
-- hash, so that deleting rows at the end is detected too.
create table audit_event (
    id              bigint not null primary key,
    occurred_at     timestamp(6) with time zone not null,
    actor_id        uuid,
    actor_label     varchar(254),
    organisation_id uuid,
    action          varchar(64) not null,
    target_type     varchar(64),
    target_id       varchar(64),
    outcome         varchar(16) not null,
    remote_address  varchar(64),
    detail          varchar(1000),
    previous_hash   varchar(64) not null,
    hash            varchar(64) not null
);
create index audit_event_target on audit_event (target_type, target_id);
create index audit_event_organisation on audit_event (organisation_id, occurred_at);

create table audit_chain_head (
    id        integer not null primary key,
    last_id   bigint not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_id, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
