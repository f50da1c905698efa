-- PPKS cases, their timeline, and the per-year counters behind human case and notice numbers.

-- One row per (sequence, year). Taking a number locks the row until the transaction ends, so
-- numbers are unique and gap-free across instances, and a rolled-back creation returns its number.
CREATE TABLE number_sequence (
    seq_name   VARCHAR(16) NOT NULL,
    seq_year   INTEGER     NOT NULL,
    counter    INTEGER     NOT NULL,
    PRIMARY KEY (seq_name, seq_year)
);

CREATE TABLE ppks_case (
    id                    UUID         NOT NULL PRIMARY KEY,
    number                VARCHAR(20)  NOT NULL,
    category              VARCHAR(64)  NOT NULL REFERENCES ppks_category (code),
    subject_full_name     VARCHAR(200) NOT NULL,
    -- lower-case, accent-free name for search
    subject_name_search   VARCHAR(200) NOT NULL,
    subject_nik           VARCHAR(16),
    subject_gender        VARCHAR(1),
    subject_birth_date    DATE,
    subject_estimated_age INTEGER,
    kelurahan_code        VARCHAR(13)  NOT NULL REFERENCES kelurahan (code),
    -- denormalised from the kelurahan so the kecamatan filter has an index of its own
    kecamatan_code        VARCHAR(8)   NOT NULL REFERENCES kecamatan (code),
    rw                    SMALLINT,
    rt                    SMALLINT,
    street                VARCHAR(200),
    description           VARCHAR(4000),
    urgency               VARCHAR(16)  NOT NULL,
    source_kind           VARCHAR(16)  NOT NULL,
    source_name           VARCHAR(200),
    source_phone          VARCHAR(20),
    consent_recorded      BOOLEAN      NOT NULL,
    consent_date          DATE,
    status                VARCHAR(16)  NOT NULL,
    referred_to           VARCHAR(200),
    lead_pillar_id        UUID,
    created_by            UUID         NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               INTEGER      NOT NULL,
    CONSTRAINT ppks_case_number_uq UNIQUE (number)
);
-- Lists are newest first: every filter has an index ending in (created_at, id).
CREATE INDEX ppks_case_created_idx ON ppks_case (created_at, id);
CREATE INDEX ppks_case_kelurahan_idx ON ppks_case (kelurahan_code, created_at, id);
CREATE INDEX ppks_case_kelurahan_status_idx ON ppks_case (kelurahan_code, status, created_at, id);
CREATE INDEX ppks_case_kecamatan_idx ON ppks_case (kecamatan_code, created_at, id);
CREATE INDEX ppks_case_status_idx ON ppks_case (status, created_at, id);
CREATE INDEX ppks_case_category_idx ON ppks_case (category, created_at, id);
CREATE INDEX ppks_case_urgency_idx ON ppks_case (urgency, created_at, id);
CREATE INDEX ppks_case_lead_idx ON ppks_case (lead_pillar_id, created_at, id);
CREATE INDEX ppks_case_nik_idx ON ppks_case (subject_nik);
CREATE INDEX ppks_case_name_idx ON ppks_case (subject_name_search);

CREATE TABLE ppks_case_support (
    case_id   UUID NOT NULL REFERENCES ppks_case (id),
    pillar_id UUID NOT NULL,
    PRIMARY KEY (case_id, pillar_id)
);
CREATE INDEX ppks_case_support_pillar_idx ON ppks_case_support (pillar_id, case_id);

-- The timeline: creation, transitions, assignment changes, notes and linked field visits.
CREATE TABLE ppks_case_event (
    id             UUID         NOT NULL PRIMARY KEY,
    case_id        UUID         NOT NULL REFERENCES ppks_case (id),
    at             TIMESTAMP WITH TIME ZONE NOT NULL,
    type           VARCHAR(16)  NOT NULL,
    action         VARCHAR(32),
    from_status    VARCHAR(16),
    to_status      VARCHAR(16),
    note           VARCHAR(4000),
    referred_to    VARCHAR(200),
    notice_id      UUID,
    notice_number  VARCHAR(20),
    actor_id       UUID,
    actor_username VARCHAR(64),
    actor_role     VARCHAR(16)
);
CREATE INDEX ppks_case_event_case_idx ON ppks_case_event (case_id, at, id);
