-- Incidents with many victims (mass victimisation), declared for the whole network.
--
-- An incident and its coordination log are network-wide: every member organisation and the
-- secretariat see them, so they carry no organisation tenant column and hold no victim's personal
-- data. A person registered to an incident belongs to the organisation that holds them
-- (organisation_id): only that organisation sees which of its victims it is (victim_id points into
-- its own helpline records); the others see country, kind, language and status. The consent to be
-- referred is kept with the person until the batch referral sends it; its purpose, a free text, is
-- sealed ("<key id>.<base64>", bound to "referral_incident_person.consent_purpose_sealed:<row id>").

create table referral_incident (
    id uuid primary key,
    slug varchar(120) not null,
    title varchar(200) not null,
    summary varchar(4000) not null,
    place varchar(200) not null,
    -- ISO 3166-1 alpha-2 of the place.
    country_code varchar(2) not null,
    occurred_at timestamp with time zone not null,
    lead_organisation_id uuid not null,
    -- ISO 639-1 codes, comma-separated.
    languages varchar(200) not null,
    -- What the public incident page says; no personal data.
    public_message varchar(2000),
    status varchar(20) not null,
    declared_by uuid not null,
    declared_by_name varchar(200) not null,
    declaring_organisation_id uuid not null,
    declared_at timestamp with time zone not null,
    closed_at timestamp with time zone,
    version bigint not null,
    constraint referral_incident_slug unique (slug)
);

create index referral_incident_status on referral_incident (status, declared_at);

create table referral_incident_person (
    id uuid primary key,
    incident_id uuid not null references referral_incident (id),
    -- The organisation that holds the person, and their victim record there.
    organisation_id uuid not null,
    victim_id uuid not null,
    kind varchar(20) not null,
    residence_country varchar(2) not null,
    language varchar(8) not null,
    -- The consent to be referred to support in the country of residence; null items: none given.
    consent_items varchar(400),
    consent_purpose_sealed varchar(2000),
    consent_method varchar(30),
    consent_given_at timestamp with time zone,
    consent_valid_until date,
    key_id varchar(64),
    -- Set once the person was referred; status follows the referral.
    referral_id uuid,
    status varchar(20) not null,
    registered_by uuid not null,
    registered_at timestamp with time zone not null,
    constraint referral_incident_person_once unique (incident_id, organisation_id, victim_id)
);

create index referral_incident_person_incident on referral_incident_person (incident_id, residence_country);
create index referral_incident_person_referral on referral_incident_person (referral_id);

-- Decisions and messages among the organisations involved: no victim's personal data (the form says
-- so), readable by every organisation that sees the incident, so kept in plain text.
create table referral_incident_log_entry (
    id uuid primary key,
    incident_id uuid not null references referral_incident (id),
    organisation_id uuid not null,
    author_id uuid not null,
    author_name varchar(200) not null,
    body varchar(4000) not null,
    written_at timestamp with time zone not null
);

create index referral_incident_log_entry_incident on referral_incident_log_entry (incident_id, written_at);
