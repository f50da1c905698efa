-- Idempotency-Key records (API.md "Writes -> Idempotency"); written by common/idempotency.
-- One row per user (scope) and key: an IN_PROGRESS marker while the first request runs, owned by
-- one attempt with a lease that another instance may take over after a crash, then the COMPLETED
-- record of its response, replayed for 7 days and then deleted by IdempotencyCleanup.

CREATE TABLE idempotency_record (
    scope         VARCHAR(255)             NOT NULL,
    idem_key      VARCHAR(255)             NOT NULL,
    -- SHA-256 (hex) of method, path, query and canonical JSON body.
    fingerprint   VARCHAR(64)              NOT NULL,
    state         VARCHAR(16)              NOT NULL,
    attempt_id    VARCHAR(36)              NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_until   TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at  TIMESTAMP WITH TIME ZONE,
    status        INTEGER,
    content_type  VARCHAR(255),
    location      VARCHAR(2048),
    etag          VARCHAR(255),
    -- VARCHAR, not TEXT/CLOB: inline storage keeps H2 fast; 1 MiB is far above any create response.
    response_body VARCHAR(1048576),
    CONSTRAINT idempotency_record_pk PRIMARY KEY (scope, idem_key),
    CONSTRAINT idempotency_record_state_ck CHECK (state IN ('IN_PROGRESS', 'COMPLETED')),
    CONSTRAINT idempotency_record_completed_ck CHECK (state = 'IN_PROGRESS' OR status IS NOT NULL)
);

-- The cleanup job deletes the oldest records first.
CREATE INDEX idempotency_record_created_idx ON idempotency_record (created_at);
