-- Accounts, refresh tokens and the append-only audit log.

CREATE TABLE app_user (
    id             UUID         NOT NULL PRIMARY KEY,
    username       VARCHAR(64)  NOT NULL,
    -- lower-cased username: usernames are unique regardless of case
    username_key   VARCHAR(64)  NOT NULL,
    display_name   VARCHAR(200) NOT NULL,
    role           VARCHAR(16)  NOT NULL,
    pillar_id      UUID,
    kelurahan_code VARCHAR(13)  REFERENCES kelurahan (code),
    password_hash  VARCHAR(100) NOT NULL,
    active         BOOLEAN      NOT NULL,
    -- bumped on deactivation and password change: access tokens carrying an older value stop working
    auth_version   INTEGER      NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        INTEGER      NOT NULL,
    CONSTRAINT app_user_username_key_uq UNIQUE (username_key),
    CONSTRAINT app_user_role_ck CHECK (role IN ('ADMIN', 'PILLAR', 'KELURAHAN'))
);
CREATE INDEX app_user_role_idx ON app_user (role, username_key);
CREATE INDEX app_user_pillar_idx ON app_user (pillar_id);

CREATE TABLE refresh_token (
    id          UUID        NOT NULL PRIMARY KEY,
    -- SHA-256 of the opaque token: the token itself is never stored
    token_hash  VARCHAR(64) NOT NULL,
    -- every token rotated from one login shares its family; reuse revokes the whole family
    family_id   UUID        NOT NULL,
    user_id     UUID        NOT NULL REFERENCES app_user (id),
    issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    rotated_at  TIMESTAMP WITH TIME ZONE,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT refresh_token_hash_uq UNIQUE (token_hash)
);
CREATE INDEX refresh_token_family_idx ON refresh_token (family_id);
CREATE INDEX refresh_token_user_idx ON refresh_token (user_id);

CREATE TABLE audit_event (
    id              UUID         NOT NULL PRIMARY KEY,
    at              TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id        UUID,
    actor_username  VARCHAR(64),
    actor_role      VARCHAR(16),
    action          VARCHAR(64)  NOT NULL,
    entity_type     VARCHAR(32)  NOT NULL,
    entity_id       VARCHAR(64),
    -- names of the changed fields only, comma-separated: never the personal values themselves
    changed_fields  VARCHAR(1000),
    request_id      VARCHAR(64),
    client_address  VARCHAR(64)
);
CREATE INDEX audit_event_at_idx ON audit_event (at, id);
CREATE INDEX audit_event_actor_idx ON audit_event (actor_username, at, id);
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id, at, id);
CREATE INDEX audit_event_action_idx ON audit_event (action, entity_id, at, id);
