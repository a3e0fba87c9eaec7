-- Imports of the member directory from CSV or JSON files. The file itself is not kept: only its
-- name, how far the import went, and the report of rejected rows (line, field, reason), which
-- holds no personal data of victims, only the directory's public facts.
create table network_directory_import (
    id              uuid primary key,
    format          varchar(8)   not null,
    file_name       varchar(200) not null,
    status          varchar(16)  not null,
    total_rows      integer      not null default 0,
    processed_rows  integer      not null default 0,
    created_count   integer      not null default 0,
    updated_count   integer      not null default 0,
    problems        text,
    started_by      uuid         not null,
    started_by_name varchar(200) not null,
    started_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    finished_at     timestamp with time zone,
    version         bigint       not null default 0
);

create index network_directory_import_started on network_directory_import (started_at);
