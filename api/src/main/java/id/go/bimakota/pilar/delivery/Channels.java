package id.go.bimakota.pilar.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The installed channels by kind. A kind without a bean is not installed: its deliveries are SUPPRESSED. */
@ApplicationScoped
class Channels {

    private final Map<ChannelKind, Channel> byKind = new EnumMap<>(ChannelKind.class);

    Channels(Instance<Channel> channels) {
        for (Channel channel : channels) {
            byKind.put(channel.kind(), channel);
        }
    }

    Optional<Channel> of(ChannelKind kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    /** Why a delivery on this channel cannot go now, or empty when it can. */
    Optional<String> unavailableReason(ChannelKind kind) {
        Channel channel = byKind.get(kind);
        return channel == null ? Optional.of("channel not installed") : channel.unavailableReason();
    }
}
