-- Cases: indexes for an organisation's whole case list (newest activity first, with or without a
-- crime type), and the day a plan action's owner was last reminded of it being overdue, so that the
-- daily reminder goes out once a day on one node.

create index helpline_case_activity on helpline_case (organisation_id, last_activity_at, id);
create index helpline_case_crime on helpline_case (organisation_id, crime_type, last_activity_at);

alter table helpline_plan_action add column reminded_on date;

-- The reminder jobs look across organisations for open work past due.
create index helpline_plan_action_overdue on helpline_plan_action (status, due_on);

-- An advisor's cases: those they lead, newest activity first, read from the index alone (status
-- included for the filter), and the cases of the teams they are on.
create index helpline_case_lead_activity on helpline_case (organisation_id, lead_advisor_id, last_activity_at, id, status);
create index helpline_case_team_cases on helpline_case_team (organisation_id, advisor_id, case_id);
