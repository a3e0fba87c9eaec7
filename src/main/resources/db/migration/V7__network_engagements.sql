-- Capacity-building engagements the secretariat records, with their follow-up actions. Network
-- data, not owned by one organisation: no tenant column; only the secretariat reads and writes it,
-- and only kind, title, host and dates are ever public.
create table network_engagement (
    id uuid primary key,
    kind varchar(40) not null,
    country_code varchar(2) not null,
    title varchar(200) not null,
    host_organisation_id uuid,
    host_name varchar(200),
    other_participants varchar(2000),
    starts_on date not null,
    ends_on date not null,
    notes text,
    outcomes text,
    created_at timestamp with time zone not null,
    created_by uuid,
    updated_at timestamp with time zone not null,
    updated_by uuid,
    version bigint not null,
    constraint network_engagement_dates check (ends_on >= starts_on)
);

create index network_engagement_country on network_engagement (country_code, starts_on);

create table network_engagement_participant (
    engagement_id uuid not null references network_engagement (id) on delete cascade,
    organisation_id uuid not null,
    primary key (engagement_id, organisation_id)
);

create table network_engagement_action (
    id uuid primary key,
    engagement_id uuid not null references network_engagement (id) on delete cascade,
    sort_order integer not null,
    description varchar(500) not null,
    owner_name varchar(200),
    owner_organisation_id uuid,
    due_on date not null,
    status varchar(20) not null,
    closed_at timestamp with time zone,
    -- The day the last overdue reminder went out, so that each action is reminded once a day.
    reminded_on date,
    created_at timestamp with time zone not null
);

create index network_engagement_action_due on network_engagement_action (status, due_on);
