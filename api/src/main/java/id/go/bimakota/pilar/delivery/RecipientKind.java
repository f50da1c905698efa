package id.go.bimakota.pilar.delivery;

/** Whom a delivery is for: a kelurahan contact, a user, a pillar (by its phone) or a webhook endpoint. */
public enum RecipientKind {
    CONTACT, USER, PILLAR, ENDPOINT
}
