-- Links between a Pharos account and an identity at an external OpenID Connect provider. A row is
-- written the first time someone signs in through the provider with a verified e-mail address
-- that matches an active account; later sign-ins find the account through the link, even if the
-- address at the provider changes.
create table identity_external_login (
    id        uuid not null primary key,
    user_id   uuid not null references identity_user (id) on delete cascade,
    provider  varchar(100) not null,
    subject   varchar(255) not null,
    linked_at timestamp(6) with time zone not null,
    constraint identity_external_login_subject unique (provider, subject)
);
create index identity_external_login_user on identity_external_login (user_id);
