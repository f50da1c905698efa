-- Coordination notices ("turun lapangan"): a field visit announced to the kelurahan.

CREATE TABLE notice (
    id                     UUID          NOT NULL PRIMARY KEY,
    number                 VARCHAR(20)   NOT NULL,
    kelurahan_code         VARCHAR(13)   NOT NULL REFERENCES kelurahan (code),
    kecamatan_code         VARCHAR(8)    NOT NULL REFERENCES kecamatan (code),
    rw                     SMALLINT,
    rt                     SMALLINT,
    location               VARCHAR(300),
    planned_start          TIMESTAMP WITH TIME ZONE NOT NULL,
    planned_end            TIMESTAMP WITH TIME ZONE NOT NULL,
    purpose                VARCHAR(32)   NOT NULL,
    description            VARCHAR(4000),
    requests_to_kelurahan  VARCHAR(1000),
    lead_pillar_id         UUID          NOT NULL,
    other_participants     VARCHAR(1000),
    contact_phone          VARCHAR(20),
    status                 VARCHAR(24)   NOT NULL,
    -- 0 while the kelurahan still has to answer (SUBMITTED), 1 otherwise: the inbox sorts on it
    inbox_rank             SMALLINT      NOT NULL,
    short_notice           BOOLEAN       NOT NULL,
    completed_without_ack  BOOLEAN       NOT NULL,
    has_overlap            BOOLEAN       NOT NULL,
    join_count             INTEGER       NOT NULL,
    acknowledged_by        VARCHAR(200),
    acknowledged_at        TIMESTAMP WITH TIME ZONE,
    acknowledgement_note   VARCHAR(1000),
    proposed_start         TIMESTAMP WITH TIME ZONE,
    proposed_end           TIMESTAMP WITH TIME ZONE,
    reschedule_reason      VARCHAR(1000),
    cancel_reason          VARCHAR(1000),
    visit_outcome          VARCHAR(4000),
    households_visited     INTEGER,
    follow_up_needed       BOOLEAN,
    completed_at           TIMESTAMP WITH TIME ZONE,
    created_by             UUID          NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    version                INTEGER       NOT NULL,
    CONSTRAINT notice_number_uq UNIQUE (number)
);
-- Lists are soonest first: every filter has an index ending in (planned_start, id).
CREATE INDEX notice_start_idx ON notice (planned_start, id);
CREATE INDEX notice_kelurahan_idx ON notice (kelurahan_code, planned_start, id);
CREATE INDEX notice_inbox_idx ON notice (kelurahan_code, inbox_rank, planned_start, id);
CREATE INDEX notice_kecamatan_idx ON notice (kecamatan_code, planned_start, id);
CREATE INDEX notice_status_idx ON notice (status, planned_start, id);
CREATE INDEX notice_purpose_idx ON notice (purpose, planned_start, id);
CREATE INDEX notice_lead_idx ON notice (lead_pillar_id, planned_start, id);

CREATE TABLE notice_team (
    notice_id UUID NOT NULL REFERENCES notice (id),
    pillar_id UUID NOT NULL,
    PRIMARY KEY (notice_id, pillar_id)
);
CREATE INDEX notice_team_pillar_idx ON notice_team (pillar_id, notice_id);

CREATE TABLE notice_case (
    notice_id UUID NOT NULL REFERENCES notice (id),
    case_id   UUID NOT NULL REFERENCES ppks_case (id),
    PRIMARY KEY (notice_id, case_id)
);
CREATE INDEX notice_case_case_idx ON notice_case (case_id, notice_id);

CREATE TABLE notice_history (
    id             UUID         NOT NULL PRIMARY KEY,
    notice_id      UUID         NOT NULL REFERENCES notice (id),
    at             TIMESTAMP WITH TIME ZONE NOT NULL,
    action         VARCHAR(32)  NOT NULL,
    from_status    VARCHAR(24),
    to_status      VARCHAR(24),
    note           VARCHAR(1000),
    actor_id       UUID,
    actor_username VARCHAR(64),
    actor_role     VARCHAR(16)
);
CREATE INDEX notice_history_notice_idx ON notice_history (notice_id, at, id);

-- The live feed. seq is taken from number_sequence inside the writing transaction, so events are
-- numbered in commit order without gaps: a client resuming from Last-Event-ID misses nothing.
CREATE TABLE notice_event (
    seq            BIGINT       NOT NULL PRIMARY KEY,
    at             TIMESTAMP WITH TIME ZONE NOT NULL,
    type           VARCHAR(40)  NOT NULL,
    notice_id      UUID         NOT NULL,
    kelurahan_code VARCHAR(13)  NOT NULL,
    payload        VARCHAR(8000) NOT NULL
);
CREATE INDEX notice_event_at_idx ON notice_event (at);
