-- Documents of the Centres of Excellence: folders, documents, each document's language versions,
-- and each language version's uploaded versions. The files themselves are kept by the platform's
-- file store under the uploader's organisation; readers of other organisations are let through by
-- knowledge.centre.CentreAccess only.

create table knowledge_document_folder (
    id uuid primary key,
    centre_id uuid not null references knowledge_centre (id) on delete cascade,
    parent_id uuid references knowledge_document_folder (id),
    name varchar(120) not null,
    visibility varchar(20) not null,
    created_at timestamp with time zone not null,
    created_by uuid,
    updated_at timestamp with time zone not null,
    updated_by uuid,
    row_version bigint not null
);
create index knowledge_document_folder_centre on knowledge_document_folder (centre_id);

create table knowledge_document (
    id uuid primary key,
    centre_id uuid not null references knowledge_centre (id) on delete cascade,
    folder_id uuid references knowledge_document_folder (id),
    title varchar(200) not null,
    description varchar(2000),
    visibility varchar(20) not null,
    hidden boolean not null,
    hidden_reason varchar(500),
    created_at timestamp with time zone not null,
    created_by uuid,
    updated_at timestamp with time zone not null,
    updated_by uuid,
    row_version bigint not null
);
create index knowledge_document_centre on knowledge_document (centre_id, updated_at);
create index knowledge_document_folder_ref on knowledge_document (folder_id);

-- The same document in one language (the guidance in English, its Portuguese translation).
create table knowledge_document_language (
    id uuid primary key,
    document_id uuid not null references knowledge_document (id) on delete cascade,
    language varchar(10) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    constraint knowledge_document_language_unique unique (document_id, language)
);

-- One uploaded file of a language version; the highest number is the current one. The extracted
-- text (at most about a million characters) feeds search and the text preview.
create table knowledge_document_version (
    id uuid primary key,
    language_id uuid not null references knowledge_document_language (id) on delete cascade,
    document_id uuid not null references knowledge_document (id) on delete cascade,
    number integer not null,
    file_id uuid not null,
    file_name varchar(255) not null,
    content_type varchar(150) not null,
    file_size bigint not null,
    organisation_id uuid not null,
    uploader_id uuid,
    uploader_name varchar(200),
    change_note varchar(500),
    extracted_text text,
    created_at timestamp with time zone not null,
    constraint knowledge_document_version_unique unique (language_id, number)
);
create index knowledge_document_version_document on knowledge_document_version (document_id);
