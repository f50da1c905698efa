-- Issue 17. H2 2.4 (the version the Quarkus BOM brings; H2 issue #4302) keeps, inside a CHECK
-- (x IN (...)) constraint, the database session that created it. Flyway creates the schema through
-- a pooled connection; once the pool closed that connection after a quiet spell, every insert into
-- these tables failed ("Check constraint invalid ... The database has been closed") until a restart.
-- A same-column OR of equalities is turned into the same IN list by H2, so the constraints are written
-- as a simple CASE, which holds no session; PostgreSQL reads them the same way. A NULL passes, as it
-- did through the IN list (NOT NULL is a constraint of its own).
-- SchemaConstraintsTest refuses any new CHECK constraint with an IN list.

ALTER TABLE app_user DROP CONSTRAINT app_user_role_ck;
ALTER TABLE app_user ADD CONSTRAINT app_user_role_ck CHECK (
    CASE role WHEN 'ADMIN' THEN TRUE WHEN 'PILLAR' THEN TRUE WHEN 'KELURAHAN' THEN TRUE ELSE role IS NULL END);

ALTER TABLE idempotency_record DROP CONSTRAINT idempotency_record_state_ck;
ALTER TABLE idempotency_record ADD CONSTRAINT idempotency_record_state_ck CHECK (
    CASE state WHEN 'IN_PROGRESS' THEN TRUE WHEN 'COMPLETED' THEN TRUE ELSE state IS NULL END);

ALTER TABLE pillar DROP CONSTRAINT pillar_gender_ck;
ALTER TABLE pillar ADD CONSTRAINT pillar_gender_ck CHECK (
    CASE gender WHEN 'L' THEN TRUE WHEN 'P' THEN TRUE ELSE gender IS NULL END);

ALTER TABLE pillar DROP CONSTRAINT pillar_status_ck;
ALTER TABLE pillar ADD CONSTRAINT pillar_status_ck CHECK (
    CASE status WHEN 'ACTIVE' THEN TRUE WHEN 'INACTIVE' THEN TRUE WHEN 'TRANSFERRED_OUT' THEN TRUE ELSE status IS NULL END);

ALTER TABLE kelurahan_contact DROP CONSTRAINT kelurahan_contact_position_ck;
ALTER TABLE kelurahan_contact ADD CONSTRAINT kelurahan_contact_position_ck CHECK (
    CASE position WHEN 'LURAH' THEN TRUE WHEN 'SEKRETARIS_LURAH' THEN TRUE WHEN 'KASI_KESOS' THEN TRUE
        WHEN 'KETUA_RW' THEN TRUE WHEN 'KETUA_RT' THEN TRUE WHEN 'OTHER' THEN TRUE ELSE position IS NULL END);
