-- Blocks of chat visitors who abuse the service, per organisation (organisation_id, the Hibernate
-- tenant column). A block refuses, until blocked_until or until a supervisor lifts it, the visitor's
-- new chats and messages: by the hash of the key their browser holds (visitor_token_hash, as in
-- chat_conversation) and by a keyed hash of their network address (address_index, HMAC under the
-- platform's index key named by index_key_id); the address itself is never stored. The free note is
-- sealed ("chat_visitor_block.note_sealed:<id>"); key_id names the data key that sealed it.
create table chat_visitor_block (
    id uuid primary key,
    organisation_id uuid not null,
    conversation_id uuid not null,
    reason varchar(40) not null,
    note_sealed varchar(3000),
    key_id varchar(40),
    duration varchar(20) not null,
    visitor_token_hash varchar(64) not null,
    address_index varchar(64),
    index_key_id varchar(40),
    blocked_at timestamp with time zone not null,
    blocked_by uuid not null,
    blocked_until timestamp with time zone not null,
    lifted_at timestamp with time zone,
    lifted_by uuid,
    version bigint not null
);

create index chat_visitor_block_org on chat_visitor_block (organisation_id, blocked_until);
create index chat_visitor_block_token on chat_visitor_block (visitor_token_hash);
create index chat_visitor_block_address on chat_visitor_block (address_index);
create index chat_visitor_block_conversation on chat_visitor_block (conversation_id);

-- The keyed hash of the address a conversation's visitor came from (at the start or on return with
-- a code), so that blocking the conversation can block the address too. Deleted when the
-- conversation ends, and kept 30 days at most.
create table chat_visitor_trace (
    conversation_id uuid primary key,
    organisation_id uuid not null,
    address_index varchar(64) not null,
    index_key_id varchar(40),
    recorded_at timestamp with time zone not null
);

create index chat_visitor_trace_recorded on chat_visitor_trace (recorded_at);
