-- The helpline's data rights and retention.
--
-- Anonymisation removes every free text of a case, the descriptions of its support plan included:
-- a plan action keeps its owner, due date and status for statistics, without its description.
alter table helpline_plan_action alter column description_sealed drop not null;

-- What one retention run did in each organisation, so that an organisation's admins see their own
-- figures only (helpline_retention_run holds the totals across organisations).
create table helpline_retention_result (
    run_id uuid not null references helpline_retention_run (id) on delete cascade,
    organisation_id uuid not null,
    retention_days integer not null,
    cases_anonymised integer not null,
    contacts_anonymised integer not null,
    victims_erased integer not null,
    skipped_on_hold integer not null,
    primary key (run_id, organisation_id)
);

create index helpline_retention_result_organisation on helpline_retention_result (organisation_id);
