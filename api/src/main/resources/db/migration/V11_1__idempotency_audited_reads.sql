-- Issue 19: the audited reads (full NIKs) of a recorded answer, so that a replay of that answer is
-- audited like the first ("Case:<id>:subject.nik;Pillar:<id>:nik"). NULL: the answer read nothing audited.
ALTER TABLE idempotency_record ADD COLUMN audited_reads VARCHAR(4000);
