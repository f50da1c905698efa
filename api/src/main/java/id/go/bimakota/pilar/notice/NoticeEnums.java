package id.go.bimakota.pilar.notice;

/** The closed vocabularies of a notice. Codes are stable: add, never rename. */
public final class NoticeEnums {

    private NoticeEnums() {
    }

    public enum Purpose {
        VERIFICATION, ASSESSMENT, HOME_VISIT, AID_DISTRIBUTION, DISASTER_RESPONSE, SOCIALIZATION, MEETING, OTHER
    }

    public enum Status {
        SUBMITTED, ACKNOWLEDGED, RESCHEDULE_REQUESTED, CANCELLED, COMPLETED;

        boolean isFinal() {
            return this == CANCELLED || this == COMPLETED;
        }
    }
}
