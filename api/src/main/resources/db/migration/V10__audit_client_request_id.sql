-- Issue 19: the service always makes its own request id; the X-Request-Id a client sent is kept
-- beside it, as the client's trace id, and never taken for the service's.
ALTER TABLE audit_event ADD COLUMN client_request_id VARCHAR(64);
