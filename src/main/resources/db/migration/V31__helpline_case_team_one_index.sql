-- helpline_case_team_cases (organisation_id, advisor_id, case_id), from V11, answers every lookup
-- that helpline_case_team_advisor (organisation_id, advisor_id) did; the second index only cost
-- every change of a team a write.
drop index if exists helpline_case_team_advisor;
