-- Issue 19: a report that may duplicate a case its reporter cannot read is created anyway and waits
-- for the Dinas to decide (PENDING -> NOT_DUPLICATE | DUPLICATE). NULL: nothing to review.
-- A withdrawn report is status WITHDRAWN (status has no CHECK constraint; the enum is the list).
ALTER TABLE ppks_case ADD COLUMN duplicate_review VARCHAR(16);
ALTER TABLE ppks_case ADD CONSTRAINT ppks_case_duplicate_review_ck CHECK (
    CASE duplicate_review WHEN 'PENDING' THEN TRUE WHEN 'NOT_DUPLICATE' THEN TRUE WHEN 'DUPLICATE' THEN TRUE
    ELSE duplicate_review IS NULL END);
-- The ADMIN filter ?duplicateReview=PENDING, newest first like every case list.
CREATE INDEX ppks_case_duplicate_review_idx ON ppks_case (duplicate_review, created_at, id);
-- The duplicate check by name and birth date.
CREATE INDEX ppks_case_name_birth_idx ON ppks_case (subject_name_search, subject_birth_date);
