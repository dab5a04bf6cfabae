package dev.clssdk.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clssdk.ping.testing.PingRuntimeBuilder;
import dev.clssdk.core.RequestOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Settings are checked when they are set, with a message naming the setting, never at the first call. */
class SdkClientBuilderTest {
    private final PingRuntimeBuilder builder = new PingRuntimeBuilder();

    @Test
    void headerValuesWithControlOrNonAsciiCharactersAreRefusedWhenConfigured() {
        assertThatThrownBy(() -> builder.region("ap-guangzhou\r\nX-Evil: 1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("region");
        assertThatThrownBy(() -> builder.region("ap-gu\u00e4ngzhou"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("region");
        assertThatThrownBy(() -> builder.hostHeader("h\u00e9te"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hostHeader");
        assertThatThrownBy(() -> builder.hostHeader("host\nx"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hostHeader");
        assertThat(((SdkClientBuilder<?, ?>) builder.region(" ap-guangzhou ")).region).isEqualTo("ap-guangzhou");
        assertThat(((SdkClientBuilder<?, ?>) builder.region(null)).region).isNull();
        for (String blank : new String[] {"", "   ", "\t"}) {
            assertThatThrownBy(() -> builder.region(blank))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("region must not be blank");
        }
    }

    @Test
    void timeoutsMustBePositive() {
        assertThatThrownBy(() -> builder.connectTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> builder.readTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readTimeout");
        assertThatThrownBy(() -> builder.callTimeout(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("callTimeout");
        assertThatThrownBy(() -> RequestOptions.builder().callTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("callTimeout");
    }

    @Test
    void anEndpointUrlWithAPathIsRefusedRatherThanSilentlyDropped() {
        assertThatThrownBy(() -> builder.endpointUrl("http://127.0.0.1:8080/prefix"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("path");
        assertThatThrownBy(() -> builder.endpointUrl("ftp://h"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("endpointUrl");
        assertThatThrownBy(() -> builder.endpoint("h/x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("endpoint");
        assertThat(((SdkClientBuilder<?, ?>) builder.endpointUrl("http://127.0.0.1:8080/")).endpointUrl).isEqualTo("http://127.0.0.1:8080/");
    }

    @Test
    void headersTheSdkOwnsCannotBeOverriddenPerRequest() {
        assertThatThrownBy(() -> RequestOptions.builder().header("Authorization", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Authorization");
        assertThatThrownBy(() -> RequestOptions.builder().header("X-TC-Action", "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RequestOptions.builder().header("X-Ok", "a\r\nb"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X-Ok");
        assertThat(RequestOptions.builder().header("X-Ok", "fine").build().headers()).containsEntry("X-Ok", "fine");
    }
}
