-- Discussions in the Centres of Excellence: threads of plain-text posts, with the people each post
-- mentions, the previous text of every edited post, who follows what, and each person's e-mail
-- digest. Like the centres' own tables, none carries a tenant: knowledge.centre.CentreAccess
-- decides who reads and writes.

create table knowledge_thread (
    id uuid primary key,
    centre_id uuid not null references knowledge_centre (id) on delete cascade,
    title varchar(200) not null,
    visibility varchar(20) not null,
    author_id uuid,
    author_name varchar(200) not null,
    locked boolean not null,
    hidden boolean not null,
    hidden_reason varchar(500),
    hidden_by uuid,
    hidden_by_name varchar(200),
    hidden_at timestamp with time zone,
    created_at timestamp with time zone not null,
    last_post_at timestamp with time zone not null,
    post_count integer not null,
    row_version bigint not null
);
create index knowledge_thread_centre on knowledge_thread (centre_id, last_post_at);

-- A post of a thread; position 0 is the post that opened it.
create table knowledge_post (
    id uuid primary key,
    thread_id uuid not null references knowledge_thread (id) on delete cascade,
    centre_id uuid not null references knowledge_centre (id) on delete cascade,
    position integer not null,
    author_id uuid,
    author_organisation_id uuid,
    author_name varchar(200) not null,
    body text not null,
    created_at timestamp with time zone not null,
    edited_at timestamp with time zone,
    removed boolean not null,
    hidden boolean not null,
    hidden_reason varchar(500),
    hidden_by uuid,
    hidden_by_name varchar(200),
    hidden_at timestamp with time zone,
    row_version bigint not null,
    constraint knowledge_post_position unique (thread_id, position)
);
create index knowledge_post_created on knowledge_post (centre_id, created_at);

-- The text a post had before each edit, for moderators.
create table knowledge_post_revision (
    id uuid primary key,
    post_id uuid not null references knowledge_post (id) on delete cascade,
    body text not null,
    written_at timestamp with time zone not null,
    replaced_at timestamp with time zone not null,
    replaced_by uuid
);
create index knowledge_post_revision_post on knowledge_post_revision (post_id);

-- The people a post mentions by handle (the part of their e-mail address before the @).
create table knowledge_post_mention (
    id uuid primary key,
    post_id uuid not null references knowledge_post (id) on delete cascade,
    handle varchar(254) not null,
    user_id uuid not null,
    display_name varchar(200) not null
);
create index knowledge_post_mention_post on knowledge_post_mention (post_id);

-- Who follows a thread (thread_id set) or every discussion of a centre (thread_id null). A thread
-- row with muted = true stops a thread that the person's following of the whole centre would bring.
create table knowledge_discussion_follow (
    id uuid primary key,
    user_id uuid not null,
    organisation_id uuid not null,
    centre_id uuid not null references knowledge_centre (id) on delete cascade,
    thread_id uuid references knowledge_thread (id) on delete cascade,
    muted boolean not null,
    created_at timestamp with time zone not null
);
create index knowledge_discussion_follow_user on knowledge_discussion_follow (user_id, centre_id);
create index knowledge_discussion_follow_thread on knowledge_discussion_follow (thread_id);

-- How often a person receives the e-mail digest: for every centre (centre_id null) or one centre
-- (frequency null: as for every centre), and when the last digest covering that centre left.
create table knowledge_digest (
    id uuid primary key,
    user_id uuid not null,
    centre_id uuid references knowledge_centre (id) on delete cascade,
    frequency varchar(10),
    last_sent_at timestamp with time zone
);
create index knowledge_digest_user on knowledge_digest (user_id);
