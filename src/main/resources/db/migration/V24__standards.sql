-- Quality standards and accreditation. Frameworks are network data; a cycle belongs to the member
-- organisation it assesses but is read by the secretariat and its evaluators too, so no table here
-- carries a tenant filter: standards.cycle.StandardsAccess decides who sees which cycle. Texts of
-- a framework are JSON objects of language -> text.

create table standards_framework (
    id uuid primary key,
    code varchar(60) not null,
    version varchar(30) not null,
    status varchar(20) not null,
    illustrative boolean not null,
    languages varchar(200) not null,
    name_texts text not null,
    description_texts text,
    scales text not null,
    previous_id uuid references standards_framework (id),
    created_at timestamp with time zone not null,
    created_by uuid,
    updated_at timestamp with time zone not null,
    updated_by uuid,
    adopted_at timestamp with time zone,
    retired_at timestamp with time zone,
    row_version bigint not null,
    constraint standards_framework_code_version unique (code, version)
);

create table standards_standard (
    id uuid primary key,
    framework_id uuid not null references standards_framework (id) on delete cascade,
    code varchar(60) not null,
    position integer not null,
    title_texts text not null,
    description_texts text,
    constraint standards_standard_code unique (framework_id, code)
);

create table standards_criterion (
    id uuid primary key,
    standard_id uuid not null references standards_standard (id) on delete cascade,
    framework_id uuid not null references standards_framework (id) on delete cascade,
    code varchar(60) not null,
    position integer not null,
    title_texts text not null,
    constraint standards_criterion_code unique (framework_id, code)
);

create table standards_indicator (
    id uuid primary key,
    criterion_id uuid not null references standards_criterion (id) on delete cascade,
    framework_id uuid not null references standards_framework (id) on delete cascade,
    code varchar(60) not null,
    position integer not null,
    title_texts text not null,
    guidance_texts text,
    evidence_texts text,
    scale_code varchar(60) not null,
    required boolean not null,
    constraint standards_indicator_code unique (framework_id, code)
);

-- An indicator of an older version and the one that replaces it in a newer version. Assessments
-- keep pointing at the indicator they rated; the mapping only lets history be read across versions.
create table standards_indicator_successor (
    indicator_id uuid primary key references standards_indicator (id) on delete cascade,
    successor_id uuid not null references standards_indicator (id) on delete cascade,
    mapped_at timestamp with time zone not null,
    mapped_by uuid
);

create table standards_cycle (
    id uuid primary key,
    reference varchar(40) not null unique,
    organisation_id uuid not null,
    framework_id uuid not null references standards_framework (id),
    stage varchar(30) not null,
    pilot boolean not null,
    self_assessment_due date,
    previous_cycle_id uuid references standards_cycle (id),
    opened_at timestamp with time zone not null,
    opened_by uuid,
    submitted_at timestamp with time zone,
    submitted_by uuid,
    evaluation_started_at timestamp with time zone,
    reported_at timestamp with time zone,
    decided_at timestamp with time zone,
    closed_at timestamp with time zone,
    row_version bigint not null
);

create index standards_cycle_organisation on standards_cycle (organisation_id, opened_at);

-- A self-assessment rating: one row per indicator the organisation has touched. Each row has its
-- own version, so that colleagues working on different indicators never overwrite each other.
create table standards_rating (
    cycle_id uuid not null references standards_cycle (id) on delete cascade,
    indicator_id uuid not null references standards_indicator (id),
    rating integer,
    narrative text,
    updated_at timestamp with time zone not null,
    updated_by uuid,
    row_version bigint not null,
    primary key (cycle_id, indicator_id)
);

create table standards_evidence (
    id uuid primary key,
    cycle_id uuid not null references standards_cycle (id) on delete cascade,
    indicator_id uuid not null references standards_indicator (id),
    kind varchar(10) not null,
    title varchar(300) not null,
    file_id uuid,
    url varchar(2000),
    added_at timestamp with time zone not null,
    added_by uuid,
    constraint standards_evidence_kind check (
        (kind = 'FILE' and file_id is not null and url is null)
        or (kind = 'LINK' and url is not null and file_id is null))
);

create index standards_evidence_cycle on standards_evidence (cycle_id, indicator_id);

create table standards_evaluation (
    cycle_id uuid primary key references standards_cycle (id) on delete cascade,
    visit_starts_on date,
    visit_ends_on date,
    visit_location varchar(300),
    visit_agenda text,
    people_met text,
    report_summary text,
    report_completed_at timestamp with time zone,
    report_completed_by uuid,
    updated_at timestamp with time zone not null,
    updated_by uuid,
    row_version bigint not null,
    constraint standards_evaluation_visit check (visit_ends_on is null or visit_ends_on >= visit_starts_on)
);

create table standards_evaluator (
    cycle_id uuid not null references standards_cycle (id) on delete cascade,
    user_id uuid not null,
    organisation_id uuid not null,
    lead boolean not null,
    assigned_at timestamp with time zone not null,
    assigned_by uuid,
    primary key (cycle_id, user_id)
);

create index standards_evaluator_user on standards_evaluator (user_id);

create table standards_finding (
    cycle_id uuid not null references standards_cycle (id) on delete cascade,
    indicator_id uuid not null references standards_indicator (id),
    result varchar(20) not null,
    comment text,
    evidence_reviewed text,
    recorded_at timestamp with time zone not null,
    recorded_by uuid,
    response text,
    responded_at timestamp with time zone,
    responded_by uuid,
    row_version bigint not null,
    primary key (cycle_id, indicator_id)
);

create table standards_action (
    id uuid primary key,
    cycle_id uuid not null references standards_cycle (id) on delete cascade,
    indicator_id uuid not null references standards_indicator (id),
    description varchar(2000) not null,
    owner_user_id uuid,
    owner_name varchar(200) not null,
    due_on date not null,
    status varchar(20) not null,
    completion_evidence text,
    completed_at timestamp with time zone,
    completed_by uuid,
    reminded_before_on date,
    reminded_overdue_on date,
    created_at timestamp with time zone not null,
    created_by uuid,
    updated_at timestamp with time zone not null,
    updated_by uuid,
    row_version bigint not null
);

create index standards_action_due on standards_action (status, due_on);
create index standards_action_cycle on standards_action (cycle_id);

create table standards_decision (
    id uuid primary key,
    cycle_id uuid not null unique references standards_cycle (id),
    organisation_id uuid not null,
    outcome varchar(30) not null,
    valid_from date,
    valid_until date,
    rationale text,
    certificate_code varchar(40) unique,
    decided_at timestamp with time zone not null,
    decided_by uuid,
    expiry_reminded_at timestamp with time zone,
    constraint standards_decision_validity check (valid_until is null or valid_until > valid_from)
);

create index standards_decision_organisation on standards_decision (organisation_id, decided_at);

create table standards_condition (
    id uuid primary key,
    decision_id uuid not null references standards_decision (id) on delete cascade,
    position integer not null,
    text varchar(2000) not null,
    due_on date,
    met_at timestamp with time zone,
    met_by uuid
);
