-- Policy guidelines and common recommendations of a centre: drafted in sections, commented on in a
-- review period, adopted by a moderator and published. Guidelines that continue one another share a
-- series; each entry into review and each adoption freezes a numbered version of the series.

create table knowledge_guideline (
    id uuid primary key,
    centre_id uuid not null references knowledge_centre (id) on delete cascade,
    series_id uuid not null,
    previous_id uuid,
    kind varchar(20) not null,
    title varchar(200) not null,
    summary varchar(2000) not null,
    language varchar(10) not null,
    status varchar(20) not null,
    visibility varchar(20),
    review_ends_on date,
    author_id uuid,
    author_name varchar(200),
    adopted_at timestamp with time zone,
    adopted_by_name varchar(200),
    published_at timestamp with time zone,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    updated_by uuid,
    row_version bigint not null
);
create index knowledge_guideline_centre on knowledge_guideline (centre_id, status);
create index knowledge_guideline_series on knowledge_guideline (series_id);

-- A section of a guideline, in order. Its key stays the same when a new version copies it, so that
-- versions can be compared section by section.
create table knowledge_guideline_section (
    id uuid primary key,
    guideline_id uuid not null references knowledge_guideline (id) on delete cascade,
    section_key uuid not null,
    sort_order integer not null,
    heading varchar(200) not null,
    body text not null
);
create index knowledge_guideline_section_guideline on knowledge_guideline_section (guideline_id, sort_order);

-- A member's comment on a section, optionally quoting a passage of it.
create table knowledge_guideline_comment (
    id uuid primary key,
    guideline_id uuid not null references knowledge_guideline (id) on delete cascade,
    section_id uuid not null references knowledge_guideline_section (id) on delete cascade,
    quote varchar(500),
    body varchar(4000) not null,
    author_id uuid,
    author_name varchar(200),
    created_at timestamp with time zone not null,
    resolved_at timestamp with time zone,
    resolved_by_name varchar(200),
    row_version bigint not null
);
create index knowledge_guideline_comment_guideline on knowledge_guideline_comment (guideline_id);

-- A frozen version of a series: its texts as they stood when it entered review or was adopted.
create table knowledge_guideline_version (
    id uuid primary key,
    series_id uuid not null,
    guideline_id uuid not null references knowledge_guideline (id) on delete cascade,
    version_number integer not null,
    reason varchar(20) not null,
    kind varchar(20) not null,
    title varchar(200) not null,
    summary varchar(2000) not null,
    language varchar(10) not null,
    made_at timestamp with time zone not null,
    made_by_name varchar(200),
    constraint knowledge_guideline_version_number unique (series_id, version_number)
);

create table knowledge_guideline_version_section (
    id uuid primary key,
    version_id uuid not null references knowledge_guideline_version (id) on delete cascade,
    section_key uuid not null,
    sort_order integer not null,
    heading varchar(200) not null,
    body text not null
);
create index knowledge_guideline_version_section_version on knowledge_guideline_version_section (version_id, sort_order);
