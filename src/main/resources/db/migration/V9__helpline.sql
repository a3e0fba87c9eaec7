-- The helpline module: victims, consents, cases, needs assessments, support plans, follow-ups,
-- timelines, contacts, quality reviews, wellbeing checks and retention settings.
--
-- Every table holding victims' data is owned by one organisation (organisation_id, the Hibernate
-- tenant column). Values that identify a person, and every free text that may, are sealed with
-- authenticated encryption (columns ending in _sealed: "<key id>.<base64>"); key_id says which data
-- key sealed the row, so that key rotation can find rows sealed with an older key and resume after
-- an interruption. Lookups by name or phone use keyed hashes (blind indexes, *_index), never the
-- plain value. Categories needed for statistics (crime type, channel, country, outcome) stay plain.

create table helpline_victim (
    id uuid primary key,
    organisation_id uuid not null,
    -- A short label that is not the name ("V-2026-0042"), for lists, logs and the phone.
    reference varchar(40) not null,
    full_name_sealed varchar(1000),
    phone_sealed varchar(500),
    email_sealed varchar(1000),
    address_sealed varchar(3000),
    date_of_birth_sealed varchar(200),
    name_index varchar(64),
    phone_index varchar(64),
    key_id varchar(40),
    index_key_id varchar(40),
    preferred_language varchar(8),
    residence_country varchar(2),
    -- Erasure or rectification is refused while a legal hold is set.
    legal_hold_reason varchar(1000),
    legal_hold_set_at timestamp with time zone,
    legal_hold_set_by uuid,
    erased_at timestamp with time zone,
    erased_by uuid,
    erasure_reason varchar(1000),
    created_at timestamp with time zone not null,
    created_by uuid,
    updated_at timestamp with time zone not null,
    updated_by uuid,
    version bigint not null,
    constraint helpline_victim_reference unique (organisation_id, reference)
);

create index helpline_victim_name_index on helpline_victim (organisation_id, name_index);
create index helpline_victim_phone_index on helpline_victim (organisation_id, phone_index);
create index helpline_victim_key on helpline_victim (key_id);

create table helpline_consent (
    id uuid primary key,
    organisation_id uuid not null,
    victim_id uuid not null references helpline_victim (id) on delete cascade,
    kind varchar(40) not null,
    -- For SHARE_WITH_ORGANISATION: with whom (a network member, or a named outside service).
    shared_with_organisation_id uuid,
    shared_with_name varchar(300),
    -- What the person agreed to share for: free text about them, so sealed.
    purpose_sealed varchar(3000),
    key_id varchar(40),
    method varchar(20) not null,
    given_at timestamp with time zone not null,
    valid_until date,
    recorded_by uuid not null,
    recorded_at timestamp with time zone not null,
    withdrawn_at timestamp with time zone,
    withdrawal_method varchar(20),
    withdrawal_recorded_by uuid
);

create index helpline_consent_victim on helpline_consent (victim_id);

create table helpline_case (
    id uuid primary key,
    organisation_id uuid not null,
    -- Human-readable and per organisation ("C-2026-000123"); not personal data.
    reference varchar(40) not null,
    victim_id uuid references helpline_victim (id),
    status varchar(20) not null,
    lead_advisor_id uuid,
    crime_type varchar(40),
    crime_date date,
    crime_place_sealed varchar(2000),
    crime_country varchar(2),
    residence_country varchar(2),
    cross_border boolean not null,
    summary_sealed text,
    key_id varchar(40),
    opened_at timestamp with time zone not null,
    opened_by uuid,
    closed_at timestamp with time zone,
    closed_by uuid,
    outcome varchar(40),
    closing_note_sealed text,
    reopened_count integer not null default 0,
    -- Set when retention anonymised the case: personal data and free text gone, categories kept.
    anonymised_at timestamp with time zone,
    last_activity_at timestamp with time zone not null,
    version bigint not null,
    constraint helpline_case_reference unique (organisation_id, reference)
);

create index helpline_case_list on helpline_case (organisation_id, status, last_activity_at);
create index helpline_case_lead on helpline_case (organisation_id, lead_advisor_id, status);
create index helpline_case_victim on helpline_case (victim_id);
create index helpline_case_closed on helpline_case (status, closed_at);

create table helpline_case_team (
    case_id uuid not null references helpline_case (id) on delete cascade,
    advisor_id uuid not null,
    organisation_id uuid not null,
    added_at timestamp with time zone not null,
    primary key (case_id, advisor_id)
);

create index helpline_case_team_advisor on helpline_case_team (organisation_id, advisor_id);

-- Individual needs assessments (Directive 2012/29/EU, Article 22). A case may be reassessed when
-- circumstances change; at most one draft at a time.
create table helpline_assessment (
    id uuid primary key,
    organisation_id uuid not null,
    case_id uuid not null references helpline_case (id) on delete cascade,
    status varchar(20) not null,
    -- Answers as "QUESTION=ANSWER" lines; the questions are the enum helpline.AssessmentQuestion.
    answers text,
    protection_measures varchar(2000),
    specific_protection_needs boolean,
    summary_sealed text,
    key_id varchar(40),
    started_at timestamp with time zone not null,
    started_by uuid,
    submitted_at timestamp with time zone,
    submitted_by uuid,
    updated_at timestamp with time zone not null,
    updated_by uuid,
    version bigint not null
);

create index helpline_assessment_case on helpline_assessment (case_id);

create table helpline_plan_action (
    id uuid primary key,
    organisation_id uuid not null,
    case_id uuid not null references helpline_case (id) on delete cascade,
    description_sealed varchar(3000) not null,
    key_id varchar(40),
    owner_id uuid,
    due_on date,
    status varchar(20) not null,
    created_at timestamp with time zone not null,
    created_by uuid,
    completed_at timestamp with time zone,
    completed_by uuid,
    version bigint not null
);

create index helpline_plan_action_case on helpline_plan_action (case_id);
create index helpline_plan_action_due on helpline_plan_action (organisation_id, status, due_on);

create table helpline_follow_up (
    id uuid primary key,
    organisation_id uuid not null,
    case_id uuid not null references helpline_case (id) on delete cascade,
    due_at timestamp with time zone not null,
    assignee_id uuid,
    note_sealed varchar(3000),
    key_id varchar(40),
    status varchar(20) not null,
    -- When the reminder went out, so that each follow-up is reminded once.
    reminded_at timestamp with time zone,
    created_at timestamp with time zone not null,
    created_by uuid,
    done_at timestamp with time zone,
    done_by uuid,
    version bigint not null
);

create index helpline_follow_up_case on helpline_follow_up (case_id);
create index helpline_follow_up_due on helpline_follow_up (status, due_at);

-- The case's timeline: notes, documents and what happened (opened, assessed, closed, reopened,
-- contact linked ...). Documents are files in the platform's file store.
create table helpline_timeline_entry (
    id uuid primary key,
    organisation_id uuid not null,
    case_id uuid not null references helpline_case (id) on delete cascade,
    kind varchar(30) not null,
    text_sealed text,
    key_id varchar(40),
    file_id uuid,
    file_name_sealed varchar(1000),
    occurred_at timestamp with time zone not null,
    author_id uuid
);

create index helpline_timeline_case on helpline_timeline_entry (case_id, occurred_at);

create table helpline_contact (
    id uuid primary key,
    organisation_id uuid not null,
    channel varchar(20) not null,
    -- The line the contact came through: a helpline of the network directory, or a free label.
    helpline_id uuid,
    line_label varchar(100),
    direction varchar(10) not null,
    started_at timestamp with time zone not null,
    duration_seconds integer,
    language varchar(8),
    advisor_id uuid,
    topic varchar(40),
    crime_type varchar(40),
    heard_from varchar(30),
    outcome varchar(40),
    anonymous boolean not null,
    case_id uuid references helpline_case (id),
    note_sealed text,
    -- A chat or written conversation handed over by the chat module.
    transcript_sealed text,
    source_conversation_id uuid,
    key_id varchar(40),
    recorded_at timestamp with time zone not null,
    recorded_by uuid,
    anonymised_at timestamp with time zone,
    version bigint not null
);

create index helpline_contact_list on helpline_contact (organisation_id, started_at);
create index helpline_contact_case on helpline_contact (case_id);
create index helpline_contact_unlinked on helpline_contact (organisation_id, case_id, started_at);

create table helpline_quality_review (
    id uuid primary key,
    organisation_id uuid not null,
    case_id uuid not null references helpline_case (id) on delete cascade,
    -- Which random draw picked the case, so that samples can be told apart.
    sample_id uuid not null,
    reviewer_id uuid,
    status varchar(20) not null,
    -- Ratings as "CRITERION=RATING" lines; the criteria are the enum helpline.ReviewCriterion.
    ratings text,
    comment_sealed text,
    key_id varchar(40),
    drawn_at timestamp with time zone not null,
    reviewed_at timestamp with time zone,
    version bigint not null
);

create index helpline_quality_review_sample on helpline_quality_review (organisation_id, sample_id);

-- Advisors' confidential self-assessments. The author reads their own; supervisors read only
-- aggregates over at least five people, never a row.
create table helpline_wellbeing_check (
    id uuid primary key,
    organisation_id uuid not null,
    user_id uuid not null,
    taken_on date not null,
    answers varchar(500) not null,
    compassion_fatigue_score integer not null,
    burnout_score integer not null,
    satisfaction_score integer not null,
    created_at timestamp with time zone not null
);

create index helpline_wellbeing_user on helpline_wellbeing_check (organisation_id, user_id, taken_on);

-- One row per organisation: how long closed cases are kept before anonymisation, and the
-- counters for references.
create table helpline_settings (
    organisation_id uuid primary key,
    closed_case_retention_days integer not null,
    next_case_number bigint not null,
    next_victim_number bigint not null,
    updated_at timestamp with time zone not null,
    updated_by uuid,
    version bigint not null
);

-- What each retention run did, for the organisation admins and the secretariat.
create table helpline_retention_run (
    id uuid primary key,
    started_at timestamp with time zone not null,
    finished_at timestamp with time zone,
    cases_anonymised integer not null,
    contacts_anonymised integer not null,
    victims_erased integer not null,
    skipped_on_hold integer not null,
    detail varchar(4000)
);

-- Progress of a key rotation, so that an interrupted run resumes where it stopped.
create table helpline_key_rotation (
    id uuid primary key,
    target_key_id varchar(40) not null,
    started_at timestamp with time zone not null,
    finished_at timestamp with time zone,
    rows_done bigint not null,
    rows_total bigint not null
);
