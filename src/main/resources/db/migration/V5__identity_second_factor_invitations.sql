-- Account security: recovery codes for the second factor, and the single-use links of password
-- resets and invitations. Both keep only hashes: a copy of the database lets nobody sign in.

create table identity_recovery_code (
    id         uuid not null primary key,
    user_id    uuid not null references identity_user (id) on delete cascade,
    salt       varchar(32) not null,
    code_hash  varchar(64) not null,
    created_at timestamp(6) with time zone not null,
    used_at    timestamp(6) with time zone
);
create index identity_recovery_code_user on identity_recovery_code (user_id);

create table identity_user_token (
    id         uuid not null primary key,
    user_id    uuid not null references identity_user (id) on delete cascade,
    purpose    varchar(20) not null,
    token_hash varchar(64) not null,
    created_at timestamp(6) with time zone not null,
    expires_at timestamp(6) with time zone not null,
    used_at    timestamp(6) with time zone,
    constraint identity_user_token_hash unique (token_hash)
);
create index identity_user_token_user on identity_user_token (user_id, purpose);

-- TOTP secrets are now encrypted at rest ("<key id>.<ciphertext>"). A secret stored before that
-- was plain text: it is dropped, and its owner sets up the second factor again at next sign-in.
update identity_user
set totp_secret = null, totp_last_step = null
where totp_secret is not null and totp_secret not like '%.%';
