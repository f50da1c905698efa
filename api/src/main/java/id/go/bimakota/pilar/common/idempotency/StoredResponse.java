package id.go.bimakota.pilar.common.idempotency;

/**
 * The parts of a successful response that a replay gives back: status, body (already serialized,
 * so the replay is byte for byte the first answer) and the headers a client acts on; and the audited
 * reads the answer made (see {@link ReplayAudit}), which the replay records again.
 */
record StoredResponse(int status, String contentType, String location, String etag, String body, String auditedReads) {
}
