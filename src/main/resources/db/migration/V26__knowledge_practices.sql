-- Good practices of the Centres of Excellence: a problem a member organisation faced, the practice
-- that answers it, what it takes and what it achieved, with the organisation and country it comes
-- from. No tenant column: knowledge.centre.CentreAccess decides who reads a practice.

create table knowledge_practice (
    id uuid primary key,
    centre_id uuid not null references knowledge_centre (id) on delete cascade,
    title varchar(200) not null,
    problem text not null,
    practice text not null,
    resources text,
    results text,
    contact varchar(500),
    visibility varchar(20) not null,
    language varchar(10) not null,
    organisation_id uuid not null,
    organisation_name varchar(200) not null,
    country varchar(2),
    author_id uuid not null,
    author_name varchar(200) not null,
    hidden boolean not null,
    hidden_reason varchar(500),
    hidden_by uuid,
    hidden_at timestamp with time zone,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    updated_by uuid,
    row_version bigint not null
);
create index knowledge_practice_centre on knowledge_practice (centre_id, created_at);

-- The same practice in another language: one row per language, the original's text fields
-- translated.
create table knowledge_practice_translation (
    id uuid primary key,
    practice_id uuid not null references knowledge_practice (id) on delete cascade,
    language varchar(10) not null,
    title varchar(200) not null,
    problem text not null,
    practice text not null,
    resources text,
    results text,
    created_at timestamp with time zone not null,
    created_by uuid,
    updated_at timestamp with time zone not null,
    updated_by uuid,
    row_version bigint not null,
    constraint knowledge_practice_translation_language unique (practice_id, language)
);

-- Files attached to a practice, stored by platform.FileStore under the author's organisation.
create table knowledge_practice_attachment (
    id uuid primary key,
    practice_id uuid not null references knowledge_practice (id) on delete cascade,
    file_id uuid not null,
    name varchar(255) not null,
    content_type varchar(100) not null,
    size bigint not null,
    added_by uuid,
    added_at timestamp with time zone not null
);
create index knowledge_practice_attachment_practice on knowledge_practice_attachment (practice_id);

-- An organisation that asked to adopt a practice, and how it went.
create table knowledge_practice_adoption (
    id uuid primary key,
    practice_id uuid not null references knowledge_practice (id) on delete cascade,
    organisation_id uuid not null,
    organisation_name varchar(200) not null,
    requester_id uuid not null,
    requester_name varchar(200) not null,
    note varchar(1000),
    status varchar(20) not null,
    report text,
    requested_at timestamp with time zone not null,
    reported_at timestamp with time zone,
    reported_by uuid,
    row_version bigint not null,
    constraint knowledge_practice_adoption_organisation unique (practice_id, organisation_id)
);
