-- The referral module: referrals of victims between member organisations.
--
-- A referral is shared by two organisations, so it has no tenant column: every query names the
-- sender or the receiver (sender_organisation_id, receiver_organisation_id). Personal data and free
-- texts about the victim are sealed (columns ending in _sealed, "<key id>.<base64>", bound to
-- "<table>.<column>:<row id>"); key_id names the data key that sealed the row.

-- One network-wide numbering of referrals: R-<year>-<number>.
create sequence referral_number start with 1;

create table referral (
    id uuid primary key,
    -- A label without personal data ("R-2026-000012"), the same for both sides.
    reference varchar(40) not null,
    sender_organisation_id uuid not null,
    receiver_organisation_id uuid not null,
    sender_country varchar(2) not null,
    receiver_country varchar(2) not null,
    service varchar(60) not null,
    urgency varchar(20) not null,
    status varchar(20) not null,
    -- The consent the referral was sent under: items are ReferralItem names, comma-separated.
    consent_items varchar(500) not null,
    consent_purpose_sealed varchar(4000),
    consent_method varchar(30) not null,
    consent_given_at timestamp with time zone not null,
    consent_valid_until date not null,
    consent_withdrawn_at timestamp with time zone,
    consent_withdrawal_method varchar(30),
    -- SENDER or RECEIVER: the side that recorded the withdrawal.
    consent_withdrawn_on varchar(20),
    -- The ReferralPackage as JSON, sealed; null once erased.
    package_sealed text,
    message_sealed text,
    sender_case_id uuid,
    sender_contact_id uuid,
    sender_victim_id uuid,
    -- The helpline consent (SHARE_WITH_ORGANISATION) recorded on the sender's victim.
    sender_consent_id uuid,
    receiver_case_id uuid,
    assigned_advisor_id uuid,
    decline_reason_sealed text,
    feedback_sealed text,
    -- An incident of the referral module; no foreign key, incidents may come later.
    incident_id uuid,
    external_reference varchar(100),
    sent_by uuid,
    sent_at timestamp with time zone not null,
    due_at timestamp with time zone not null,
    reminded_at timestamp with time zone,
    escalated_at timestamp with time zone,
    key_id varchar(40),
    version bigint not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    constraint referral_reference unique (reference),
    constraint referral_two_sides check (sender_organisation_id <> receiver_organisation_id)
);

-- Outbox and inbox, newest first, optionally by status.
create index referral_outbox on referral (sender_organisation_id, status, sent_at);
create index referral_inbox on referral (receiver_organisation_id, status, sent_at);
-- Referrals awaiting an answer whose answer falls due.
create index referral_due on referral (status, due_at);
-- The referral of a helpline consent, when that consent is withdrawn on the victim's page.
create index referral_sender_consent on referral (sender_consent_id);
-- Consents that run out.
create index referral_consent_valid_until on referral (consent_valid_until);

-- Each change of a referral's status, as both sides see it.
create table referral_step (
    id uuid primary key,
    referral_id uuid not null references referral (id),
    status varchar(20) not null,
    at timestamp with time zone not null,
    -- SENDER or RECEIVER; null for Pharos itself (an expired consent).
    side varchar(20),
    actor_id uuid,
    note_sealed text,
    key_id varchar(40)
);

create index referral_step_referral on referral_step (referral_id, at);

-- How an organisation receives referrals; no row means the defaults.
create table referral_desk (
    organisation_id uuid primary key,
    notification_email varchar(254),
    immediate_target_minutes integer,
    urgent_target_minutes integer,
    standard_target_minutes integer,
    updated_at timestamp with time zone not null,
    updated_by uuid,
    version bigint not null
);
