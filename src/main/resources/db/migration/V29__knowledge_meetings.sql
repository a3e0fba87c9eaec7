-- Meetings and workshops of the Centres of Excellence: the agenda, who takes part (in person or
-- online, from the centre or as a guest), workgroups, minutes with numbered decisions and actions
-- with owners. Like the centres, no tenant column: knowledge.centre.CentreAccess decides access.

create table knowledge_meeting (
    id uuid primary key,
    centre_id uuid not null references knowledge_centre (id) on delete cascade,
    kind varchar(20) not null,
    title varchar(300) not null,
    description text,
    starts_at timestamp with time zone not null,
    ends_at timestamp with time zone not null,
    place varchar(200),
    address varchar(300),
    city varchar(100),
    online_link varchar(500),
    host_organisation_id uuid,
    visibility varchar(20) not null,
    minutes text,
    minutes_final boolean not null,
    minutes_at timestamp with time zone,
    minutes_by uuid,
    created_at timestamp with time zone not null,
    created_by uuid,
    updated_at timestamp with time zone not null,
    updated_by uuid,
    row_version bigint not null
);
create index knowledge_meeting_centre on knowledge_meeting (centre_id, starts_at);

create table knowledge_meeting_agenda_item (
    id uuid primary key,
    meeting_id uuid not null references knowledge_meeting (id) on delete cascade,
    position integer not null,
    title varchar(300) not null,
    starts_at timestamp with time zone,
    presenter varchar(200)
);
create index knowledge_meeting_agenda_meeting on knowledge_meeting_agenda_item (meeting_id, position);

-- A centre person (user_id set) or a guest from outside the network (user_id null, name given).
create table knowledge_meeting_participant (
    id uuid primary key,
    meeting_id uuid not null references knowledge_meeting (id) on delete cascade,
    user_id uuid,
    name varchar(200) not null,
    organisation varchar(200),
    mode varchar(20) not null,
    status varchar(20) not null,
    created_at timestamp with time zone not null,
    created_by uuid,
    row_version bigint not null
);
create unique index knowledge_meeting_participant_person on knowledge_meeting_participant (meeting_id, user_id);

create table knowledge_meeting_workgroup (
    id uuid primary key,
    meeting_id uuid not null references knowledge_meeting (id) on delete cascade,
    position integer not null,
    name varchar(200) not null,
    topic varchar(500),
    notes text,
    updated_at timestamp with time zone not null,
    updated_by uuid,
    row_version bigint not null
);

create table knowledge_meeting_workgroup_member (
    workgroup_id uuid not null references knowledge_meeting_workgroup (id) on delete cascade,
    participant_id uuid not null references knowledge_meeting_participant (id) on delete cascade,
    primary key (workgroup_id, participant_id)
);

create table knowledge_meeting_decision (
    id uuid primary key,
    meeting_id uuid not null references knowledge_meeting (id) on delete cascade,
    number integer not null,
    text varchar(2000) not null,
    created_at timestamp with time zone not null,
    created_by uuid,
    constraint knowledge_meeting_decision_number unique (meeting_id, number)
);

create table knowledge_meeting_action (
    id uuid primary key,
    meeting_id uuid not null references knowledge_meeting (id) on delete cascade,
    text varchar(2000) not null,
    owner_user_id uuid,
    owner_name varchar(200) not null,
    due_on date,
    status varchar(20) not null,
    outcome varchar(2000),
    done_at timestamp with time zone,
    done_by uuid,
    created_at timestamp with time zone not null,
    created_by uuid,
    row_version bigint not null
);
create index knowledge_meeting_action_meeting on knowledge_meeting_action (meeting_id);
