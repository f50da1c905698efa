package id.go.bimakota.pilar.client.model;

import java.time.Instant;

/** Another notice in the same kelurahan at an overlapping time, and whom to call about it. */
public record NoticeOverlap(
        String id,
        String number,
        Integer rw,
        Integer rt,
        NoticePurpose purpose,
        Instant plannedStart,
        Instant plannedEnd,
        NoticeStatus status,
        String leadPillarName,
        String leadPillarPhone) {
}
