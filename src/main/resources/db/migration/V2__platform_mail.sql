-- Outgoing e-mail. Every message is first stored here in the sender's transaction, so that none is
-- lost when the SMTP server is down and none is sent for work that rolled back. In embedded mode
-- messages stay here (status OUTBOX) for an administrator to read; in SMTP mode they are sent
-- after commit and their body is cleared once delivered.
create table platform_mail (
    id          uuid not null primary key,
    recipient   varchar(254) not null,
    subject     varchar(300) not null,
    body        varchar(20000),
    status      varchar(16) not null,
    attempts    integer not null default 0,
    last_error  varchar(500),
    created_at  timestamp(6) with time zone not null,
    sent_at     timestamp(6) with time zone
);
create index platform_mail_status on platform_mail (status, created_at);
