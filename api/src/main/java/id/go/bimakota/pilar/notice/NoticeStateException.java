package id.go.bimakota.pilar.notice;

import id.go.bimakota.pilar.common.problem.Message;

/**
 * A workflow step refused by the state of the notice. The domain knows why; the service turns it
 * into the 409 problem with what the caller may do instead (which depends on who asks).
 */
final class NoticeStateException extends RuntimeException {

    private final transient Message reason;

    NoticeStateException(Message reason) {
        super(reason.key(), null, false, false);
        this.reason = reason;
    }

    Message reason() {
        return reason;
    }
}
