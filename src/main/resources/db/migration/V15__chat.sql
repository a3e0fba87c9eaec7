-- The chat module: live chat and written messaging between anonymous victims and the advisors of a
-- member organisation.
--
-- Conversations and messages belong to one organisation (organisation_id, the Hibernate tenant
-- column). A victim holds a conversation by a random token of which only the SHA-256 is stored
-- (visitor_token_hash); a return code is stored only as a keyed hash (return_code_hash). Message
-- texts and the rating comment are sealed (columns ending in _sealed, "<key id>.<base64>", bound to
-- "<table>.<column>:<row id>"); key_id names the data key that sealed the row.

-- One row per organisation, created with the defaults on first use.
create table chat_settings (
    organisation_id uuid primary key,
    -- How long messages of an ended conversation are kept once it is filed as a contact (which
    -- keeps the transcript under the helpline's own retention); 0 deletes them at once.
    transcript_retention_days integer not null default 30,
    -- Show e-mail addresses and phone numbers the victim typed masked to staff.
    mask_contact_details boolean not null default false,
    -- Within how many hours a written message should be answered.
    reply_target_hours integer not null default 48,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint chat_settings_retention check (transcript_retention_days >= 0),
    constraint chat_settings_reply_target check (reply_target_hours > 0)
);

-- An advisor's availability in the console; no row means OFFLINE.
create table chat_advisor_status (
    user_id uuid primary key,
    organisation_id uuid not null,
    availability varchar(20) not null,
    capacity integer not null,
    -- ISO 639-1 codes, comma-separated.
    languages varchar(200) not null,
    updated_at timestamp with time zone not null,
    constraint chat_advisor_status_capacity check (capacity between 1 and 6)
);

create index chat_advisor_status_org on chat_advisor_status (organisation_id, availability);

create table chat_conversation (
    id uuid primary key,
    organisation_id uuid not null,
    kind varchar(20) not null,
    state varchar(20) not null,
    language varchar(8) not null,
    topic varchar(40) not null,
    -- 0 normally; raised when a victim's words suggest danger or self-harm.
    priority integer not null default 0,
    visitor_token_hash varchar(64) not null,
    return_code_hash varchar(64),
    advisor_id uuid,
    -- The last message number given; messages are numbered under a row lock of the conversation.
    last_seq bigint not null default 0,
    visitor_read_seq bigint not null default 0,
    staff_read_seq bigint not null default 0,
    queued_at timestamp with time zone not null,
    accepted_at timestamp with time zone,
    ended_at timestamp with time zone,
    last_message_at timestamp with time zone,
    -- Written messaging: when the victim's last message should be answered by.
    reply_due_at timestamp with time zone,
    rating integer,
    rating_comment_sealed varchar(3000),
    -- The helpline contact it was filed as.
    contact_id uuid,
    -- Where the chat was started: find-help, member-page or embed.
    source varchar(20),
    key_id varchar(40),
    -- Set when retention deleted the messages.
    messages_deleted_at timestamp with time zone,
    version bigint not null,
    constraint chat_conversation_visitor_token unique (visitor_token_hash),
    constraint chat_conversation_rating check (rating is null or rating between 1 and 5)
);

create unique index chat_conversation_return_code on chat_conversation (return_code_hash);
-- The queue: waiting conversations of an organisation by priority, then age.
create index chat_conversation_queue on chat_conversation (organisation_id, state, priority, queued_at);
create index chat_conversation_advisor on chat_conversation (organisation_id, advisor_id, state);
-- Retention: ended conversations whose messages are still kept.
create index chat_conversation_ended on chat_conversation (state, ended_at);

create table chat_message (
    id uuid primary key,
    organisation_id uuid not null,
    conversation_id uuid not null references chat_conversation (id) on delete cascade,
    seq bigint not null,
    -- VISITOR, ADVISOR, NOTE or SYSTEM.
    sender varchar(20) not null,
    -- VISITOR or STAFF: whose client ids are de-duplicated together.
    sender_side varchar(10) not null,
    author_id uuid,
    -- The sender's own id for the message, by which a resend is recognised; null for SYSTEM lines.
    client_id varchar(64),
    body_sealed text not null,
    key_id varchar(40),
    sent_at timestamp with time zone not null,
    constraint chat_message_seq unique (conversation_id, seq),
    constraint chat_message_client unique (conversation_id, sender_side, client_id)
);

-- Today's waits of an organisation, for the estimate shown in the queue.
create index chat_conversation_accepted on chat_conversation (organisation_id, accepted_at);
