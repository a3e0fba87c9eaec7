-- A closed case is drawn for quality review at most once: the database says so too, so that two
-- supervisors drawing at the same moment cannot pick the same case twice.
create unique index helpline_quality_review_case on helpline_quality_review (case_id);
