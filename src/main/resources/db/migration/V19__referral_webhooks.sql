-- Referral webhooks: addresses of members' own case systems that Pharos calls, signed, when a
-- referral they sent or received changes status.
--
-- The signing secret is sealed (secret_sealed, "<key id>.<base64>", bound to
-- "referral_webhook.secret_sealed:<row id>"); key_id names the key that sealed it. Both tables
-- belong to one organisation (organisation_id, the Hibernate tenant column).

create table referral_webhook (
    id uuid primary key,
    organisation_id uuid not null,
    url varchar(2000) not null,
    secret_sealed varchar(500) not null,
    key_id varchar(40) not null,
    created_by uuid,
    created_at timestamp with time zone not null,
    -- False once removed; removed webhooks keep their delivery history.
    active boolean not null,
    removed_at timestamp with time zone,
    removed_by uuid,
    version bigint not null
);

create index referral_webhook_organisation on referral_webhook (organisation_id, active);

-- One message to one webhook. The row exists before any attempt, so nothing is lost on a restart.
create table referral_webhook_delivery (
    id uuid primary key,
    organisation_id uuid not null,
    webhook_id uuid not null references referral_webhook (id),
    -- The message id sent as webhook-id; one per event, so an event handled twice is stored once.
    event_id uuid not null,
    event_type varchar(40) not null,
    referral_id uuid not null,
    -- The JSON body, exactly as signed and sent; it holds no personal data.
    payload varchar(4000) not null,
    attempts integer not null default 0,
    -- When the next attempt is due; null once delivered or failed.
    next_attempt_at timestamp with time zone,
    status varchar(20) not null,
    last_status_code integer,
    last_error varchar(500),
    last_attempt_at timestamp with time zone,
    created_at timestamp with time zone not null,
    delivered_at timestamp with time zone,
    version bigint not null,
    constraint referral_webhook_delivery_once unique (webhook_id, event_id),
    constraint referral_webhook_delivery_status check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    constraint referral_webhook_delivery_attempts check (attempts >= 0)
);

-- The delivery job: pending deliveries by due time.
create index referral_webhook_delivery_due on referral_webhook_delivery (status, next_attempt_at);
-- A webhook's recent deliveries.
create index referral_webhook_delivery_recent on referral_webhook_delivery (webhook_id, created_at);
