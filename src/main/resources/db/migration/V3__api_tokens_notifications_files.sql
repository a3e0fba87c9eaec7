-- Personal API tokens (identity), notifications and stored files (platform).

-- Only the SHA-256 of a token is kept: the token itself is shown once, when it is created.
create table identity_api_token (
    id              uuid not null primary key,
    organisation_id uuid not null references identity_organisation (id),
    user_id         uuid not null references identity_user (id),
    name            varchar(100) not null,
    token_hash      varchar(64) not null,
    created_at      timestamp(6) with time zone not null,
    expires_at      timestamp(6) with time zone not null,
    last_used_at    timestamp(6) with time zone,
    revoked_at      timestamp(6) with time zone,
    constraint identity_api_token_hash unique (token_hash)
);
create index identity_api_token_user on identity_api_token (user_id);

-- A notification belongs to one user; args is a JSON array of strings for the message.
create table platform_notification (
    id          uuid not null primary key,
    user_id     uuid not null,
    message_key varchar(200) not null,
    args        varchar(2000) not null,
    link        varchar(500),
    created_at  timestamp(6) with time zone not null,
    read_at     timestamp(6) with time zone
);
create index platform_notification_user on platform_notification (user_id, created_at);
create index platform_notification_read on platform_notification (read_at);

-- The content lies under pharos.data-dir/files, named by id; the uploader's name is display only.
create table platform_stored_file (
    id              uuid not null primary key,
    organisation_id uuid not null,
    original_name   varchar(255) not null,
    content_type    varchar(100) not null,
    size_bytes      bigint not null,
    sha256          varchar(64) not null,
    created_at      timestamp(6) with time zone not null
);
create index platform_stored_file_organisation on platform_stored_file (organisation_id);
