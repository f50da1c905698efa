-- Issue 20: notices reach people and integrators. Who wants what by which channel, one durable
-- delivery row per recipient x channel x event (written in the transaction of the notice change:
-- a transactional outbox), and the personal answer links the messages carry.

-- notify_by: a comma-separated list of WHATSAPP and EMAIL; NULL = the default (WhatsApp when there
-- is a phone), '' = opted out of every channel.
ALTER TABLE kelurahan_contact ADD COLUMN email VARCHAR(254);
ALTER TABLE kelurahan_contact ADD COLUMN notify_by VARCHAR(40);
ALTER TABLE app_user ADD COLUMN phone VARCHAR(20);
ALTER TABLE app_user ADD COLUMN email VARCHAR(254);
ALTER TABLE app_user ADD COLUMN notify_by VARCHAR(40);

CREATE TABLE delivery (
    id                 UUID          NOT NULL PRIMARY KEY,
    -- NULL for the morning digest, which lists several notices of one kelurahan
    notice_id          UUID          REFERENCES notice (id),
    kelurahan_code     VARCHAR(13)   NOT NULL,
    event_type         VARCHAR(40)   NOT NULL,
    channel            VARCHAR(16)   NOT NULL,
    -- CONTACT (kelurahan_contact), USER (app_user), PILLAR (pillar), ENDPOINT (webhook endpoint)
    recipient_kind     VARCHAR(16)   NOT NULL,
    recipient_id       UUID,
    recipient_name     VARCHAR(200),
    recipient_position VARCHAR(40),
    address            VARCHAR(300)  NOT NULL,
    template           VARCHAR(64),
    -- the rendered message, as of the change that caused it (JSON array of the template parameters)
    parameters         VARCHAR(4000),
    subject            VARCHAR(300),
    body_text          VARCHAR(8000),
    body_html          VARCHAR(16000),
    body_json          VARCHAR(4000),
    state              VARCHAR(16)   NOT NULL,
    attempts           INTEGER       NOT NULL,
    -- QUEUED: when it may go; SENDING: when the claim's lease ends; NULL once nothing more will be sent
    due_at             TIMESTAMP WITH TIME ZONE,
    -- after this a person's message is pointless (the visit is over): EXPIRED instead of sent
    expires_at         TIMESTAMP WITH TIME ZONE,
    last_error         VARCHAR(1000),
    provider_id        VARCHAR(200),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at            TIMESTAMP WITH TIME ZONE,
    delivered_at       TIMESTAMP WITH TIME ZONE,
    read_at            TIMESTAMP WITH TIME ZONE,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT delivery_state_ck CHECK (CASE state WHEN 'QUEUED' THEN TRUE WHEN 'SENDING' THEN TRUE
        WHEN 'SENT' THEN TRUE WHEN 'DELIVERED' THEN TRUE WHEN 'READ' THEN TRUE WHEN 'FAILED' THEN TRUE
        WHEN 'SUPPRESSED' THEN TRUE WHEN 'EXPIRED' THEN TRUE ELSE state IS NULL END),
    CONSTRAINT delivery_channel_ck CHECK (CASE channel WHEN 'WHATSAPP' THEN TRUE WHEN 'EMAIL' THEN TRUE
        WHEN 'WEBHOOK' THEN TRUE ELSE channel IS NULL END)
);
-- the dispatcher's claim: due rows in order (terminal rows have no due_at)
CREATE INDEX delivery_due_ix ON delivery (due_at);
-- a notice's deliveries, and the report's figures
CREATE INDEX delivery_notice_ix ON delivery (notice_id, created_at);
-- the worklist: by state, newest first, keyset on (created_at, id)
CREATE INDEX delivery_state_ix ON delivery (state, created_at, id);
CREATE INDEX delivery_kelurahan_ix ON delivery (kelurahan_code, created_at, id);
-- the provider's status webhook finds the delivery by the provider's message id
CREATE INDEX delivery_provider_ix ON delivery (provider_id);

-- The personal answer link {PILAR_PUBLIC_URL}/j/{token} of one delivery: only the token's SHA-256
-- is kept. Bound to one notice and one recipient.
CREATE TABLE answer_link (
    token_hash         VARCHAR(64)   NOT NULL PRIMARY KEY,
    -- no foreign key to delivery: both rows are written in one flush, in an order Hibernate chooses
    delivery_id        UUID          NOT NULL,
    notice_id          UUID          NOT NULL REFERENCES notice (id),
    recipient_kind     VARCHAR(16)   NOT NULL,
    recipient_id       UUID          NOT NULL,
    recipient_name     VARCHAR(200)  NOT NULL,
    recipient_position VARCHAR(40),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_at          TIMESTAMP WITH TIME ZONE
);
CREATE INDEX answer_link_notice_ix ON answer_link (notice_id);

-- Scheduled messages sent once per subject across every instance: the reminder and the escalation
-- of a notice (per schedule) and the morning digest of a kelurahan (per day). The primary key makes
-- a second instance's attempt fail instead of sending twice.
CREATE TABLE delivery_job (
    kind               VARCHAR(16)   NOT NULL,
    subject            VARCHAR(100)  NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (kind, subject)
);
