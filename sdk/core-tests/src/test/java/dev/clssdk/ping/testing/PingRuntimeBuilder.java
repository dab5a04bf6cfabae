package dev.clssdk.ping.testing;

import dev.clssdk.core.client.ClientRuntime;
import dev.clssdk.core.client.SdkClientBuilder;
import dev.clssdk.ping.PingService;

/**
 * The client builder's settings, built into the core's runtime for the generated Ping service
 * instead of its client: the core's tests call the runtime directly, with the generated
 * operations and types ({@code PingOperations.PING}, {@code PingRequest}).
 */
public final class PingRuntimeBuilder extends SdkClientBuilder<PingRuntimeBuilder, ClientRuntime> {
    @Override
    public ClientRuntime build() {
        return buildRuntime(PingService.INSTANCE);
    }
}
