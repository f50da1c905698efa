package id.go.bimakota.pilar.account;

import java.util.UUID;

/**
 * The one question accounts ask of the pillar registry. The registry owns the link between a pillar
 * and its login (it creates the login with the pillar), so it implements this and accounts depend on
 * nothing of it.
 */
public interface PillarRegistry {

    /** Whether a pillar with this id is registered, whatever its status. */
    boolean isRegistered(UUID pillarId);

    /** Whether the pillar is registered and active; the login of an inactive pillar is suspended. */
    boolean isActive(UUID pillarId);
}
