-- Centres of Excellence. A centre is network data shared by the organisations and people who join
-- it, so no table here carries a tenant filter: knowledge.centre.CentreAccess decides who sees and
-- does what. Every row records who made it; content modules add their own tables.

create table knowledge_centre (
    id uuid primary key,
    slug varchar(60) not null unique,
    name varchar(200) not null,
    topic varchar(200) not null,
    purpose text not null,
    languages varchar(100) not null,
    lead_organisation_id uuid not null,
    join_policy varchar(20) not null,
    created_at timestamp with time zone not null,
    created_by uuid,
    updated_at timestamp with time zone not null,
    updated_by uuid,
    row_version bigint not null
);

-- A person (user_id set) or a whole organisation (user_id null) in a centre. An organisation's
-- membership makes each of its staff a member; moderators are people.
create table knowledge_membership (
    id uuid primary key,
    centre_id uuid not null references knowledge_centre (id) on delete cascade,
    organisation_id uuid not null,
    user_id uuid,
    display_name varchar(200) not null,
    role varchar(20) not null,
    status varchar(20) not null,
    note varchar(500),
    created_at timestamp with time zone not null,
    created_by uuid,
    decided_at timestamp with time zone,
    decided_by uuid,
    row_version bigint not null
);
create unique index knowledge_membership_person on knowledge_membership (centre_id, user_id);
create index knowledge_membership_organisation on knowledge_membership (centre_id, organisation_id);
create index knowledge_membership_user on knowledge_membership (user_id);

-- What happened in a centre, newest first on its home: one line per change, with who made it.
create table knowledge_activity (
    id uuid primary key,
    centre_id uuid not null references knowledge_centre (id) on delete cascade,
    kind varchar(30) not null,
    action varchar(30) not null,
    title varchar(300) not null,
    link varchar(300),
    visibility varchar(20) not null,
    actor_id uuid,
    actor_name varchar(200),
    occurred_at timestamp with time zone not null
);
create index knowledge_activity_centre on knowledge_activity (centre_id, occurred_at);

-- One row for each searchable thing (a practice, a document version's text, a guideline, minutes,
-- a discussion post): the search index is built from these rows, and the rows from their sources.
create table knowledge_search_entry (
    id uuid primary key,
    kind varchar(30) not null,
    ref_id uuid not null,
    centre_id uuid not null references knowledge_centre (id) on delete cascade,
    visibility varchar(20) not null,
    hidden boolean not null,
    title varchar(300) not null,
    body text,
    language varchar(10),
    country varchar(2),
    organisation_id uuid,
    link varchar(300) not null,
    updated_at timestamp with time zone not null,
    constraint knowledge_search_entry_ref unique (kind, ref_id)
);
