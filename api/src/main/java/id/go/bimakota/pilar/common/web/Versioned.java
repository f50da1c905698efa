package id.go.bimakota.pilar.common.web;

/** A representation that carries the version of what it shows, which its ETag names. */
public interface Versioned {
    int version();
}
