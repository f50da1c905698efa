-- Integrators' webhook endpoints (issue 20): where signed Standard Webhooks deliveries go. The secret
-- is kept as issued (whsec_ + base64): it is symmetric, the service signs with it, so it cannot be
-- stored hashed; the API shows it only at creation and rotation. An endpoint that answered 410 Gone
-- is disabled (active false, with when and why) until an administrator turns it on again.
CREATE TABLE webhook_endpoint (
    id               UUID           NOT NULL PRIMARY KEY,
    url              VARCHAR(2048)  NOT NULL,
    description      VARCHAR(500),
    secret           VARCHAR(200)   NOT NULL,
    active           BOOLEAN        NOT NULL,
    disabled_at      TIMESTAMP WITH TIME ZONE,
    disabled_reason  VARCHAR(500),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          INTEGER        NOT NULL
);

-- The events an endpoint is subscribed to; found by event for every notice change.
CREATE TABLE webhook_endpoint_event (
    endpoint_id  UUID          NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    event_type   VARCHAR(64)   NOT NULL,
    CONSTRAINT webhook_endpoint_event_pk PRIMARY KEY (endpoint_id, event_type)
);
CREATE INDEX webhook_endpoint_event_type_ix ON webhook_endpoint_event (event_type, endpoint_id);
