-- The advisors' console of the chat module: the organisation's canned responses, its emergency
-- protocol, and the waits of finished conversations for the supervisor's figures of the day.

-- Texts an advisor inserts into an answer, per language. Written by the organisation, not by
-- victims: not sealed.
create table chat_canned_response (
    id uuid primary key,
    organisation_id uuid not null,
    language varchar(8) not null,
    title varchar(120) not null,
    body varchar(4000) not null,
    version bigint not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);

create index chat_canned_response_organisation on chat_canned_response (organisation_id, language);

-- The emergency protocol: what advisors do when a conversation suggests danger, shown beside a
-- conversation of raised priority. Written by the organisation's admins.
alter table chat_settings add column emergency_protocol varchar(4000) not null default '';

-- A finished conversation's wait, from the module's own ChatEnded event: no text, no person.
create table chat_wait_record (
    conversation_id uuid primary key,
    organisation_id uuid not null,
    answered boolean not null,
    waited_seconds integer,
    ended_at timestamp with time zone not null
);

create index chat_wait_record_organisation on chat_wait_record (organisation_id, ended_at);
