-- Network routing of chats: a member organisation may serve some of its languages to the whole
-- network, in hours it chooses, so that a victim whose own organisation has nobody free in their
-- language can, after agreeing, chat with it instead.

-- One row per organisation (the tenant), created on first save.
create table chat_network_offer (
    organisation_id uuid primary key,
    -- Whether the organisation takes chats from the network at all.
    serving boolean not null,
    -- ISO 639-1 codes offered to the network, comma-separated; a subset of its own languages.
    languages varchar(200) not null,
    -- The weekly hours offered to the network, in the organisation's time zone, in the form of
    -- network opening hours ("MON 09:00-17:00; TUE 09:00-17:00"); empty for none.
    hours varchar(1000) not null,
    updated_at timestamp with time zone not null,
    version bigint not null
);

-- A conversation that came through the network: the organisation the victim started with (which
-- does not see it) and when the victim agreed to the other organisation answering.
alter table chat_conversation add column routed_from_organisation_id uuid;
alter table chat_conversation add column routed_agreed_at timestamp with time zone;

create index chat_conversation_routed on chat_conversation (organisation_id, routed_agreed_at);
