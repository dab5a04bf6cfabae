package dev.clssdk.sts.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clssdk.core.CredentialsException;
import dev.clssdk.core.auth.CredentialsProvider;
import dev.clssdk.core.auth.CredentialsProviderChain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TKE's variables set but malformed: the OIDC entry of the default chain is one typed
 * {@link CredentialsException} entry naming the variable and the rule it breaks, never the token, and
 * the chain goes on. None of these cases reaches STS (the token file is read, or the variables refused,
 * before any call), so no STS stand-in is needed.
 */
class OidcEnvironmentMisconfigurationTest {
    private static final String ROLE = "qcs::cam::uin/100000000001:roleName/app";
    private static final String WEB_TOKEN = "eyJwebIdentityTokenFromTheMountedFile";

    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>();
    private Path tokenFile;

    @BeforeEach
    void wellFormed() throws IOException {
        tokenFile = Files.writeString(dir.resolve("token"), WEB_TOKEN);
        env.put("TKE_REGION", "ap-guangzhou");
        env.put("TKE_PROVIDER_ID", "OIDC");
        env.put("TKE_WEB_IDENTITY_TOKEN_FILE", tokenFile.toString());
        env.put("TKE_ROLE_ARN", ROLE);
    }

    /** The OIDC entry alone, as the last place of the default chain. */
    private CredentialsException oidcFailure() {
        CredentialsProvider oidc = new OidcDefaultChainContributor.FromEnvironment(env::get);
        CredentialsProviderChain chain = new CredentialsProviderChain(List.of(oidc));
        try {
            chain.resolve();
        } catch (CredentialsException e) {
            assertThat(e.searched()).hasSize(1);
            assertThat(e.getMessage()).startsWith("No Tencent Cloud credentials found. Looked in: 1) TKE OIDC")
                    .doesNotContain(WEB_TOKEN);
            assertThat(e.getCause()).isNull();
            return e;
        }
        throw new AssertionError("resolved credentials from a misconfigured environment");
    }

    @Test
    void anInvalidRegionNamesTheVariableAndTheRule() {
        for (String region : List.of("ap guangzhou", "ap_guangzhou", "AP-GUANGZHOU", "guangzhou", "ap-guangzhou;", "广州")) {
            env.put("TKE_REGION", region);
            assertThat(oidcFailure().getMessage()).as(region)
                    .contains("TKE_REGION: must be a region such as ap-guangzhou");
        }
    }

    @Test
    void aBlankRoleArnProviderIdOrRegionNamesTheVariable() {
        env.put("TKE_ROLE_ARN", "   ");
        env.put("TKE_PROVIDER_ID", "\t");
        env.put("TKE_REGION", "");
        assertThat(oidcFailure().getMessage())
                .contains("TKE_REGION: must not be blank").contains("TKE_PROVIDER_ID: must not be blank")
                .contains("TKE_ROLE_ARN: must not be blank");
    }

    @Test
    void aRoleArnThatIsNotACamRoleNamesTheVariableAndTheRule() {
        env.put("TKE_ROLE_ARN", "roleName/app");
        assertThat(oidcFailure().getMessage()).contains("TKE_ROLE_ARN: must be a CAM role such as qcs::cam::uin/");
    }

    @Test
    void aTokenFileVariableThatIsNoPathNamesTheVariable() {
        env.put("TKE_WEB_IDENTITY_TOKEN_FILE", "/var/run/secrets\0/token");
        assertThat(oidcFailure().getMessage()).contains("TKE_WEB_IDENTITY_TOKEN_FILE: must be a file path");
    }

    @Test
    void aMissingTokenFileNamesTheVariable() {
        env.put("TKE_WEB_IDENTITY_TOKEN_FILE", dir.resolve("absent").toString());
        assertThat(oidcFailure().getMessage())
                .contains("TKE_WEB_IDENTITY_TOKEN_FILE: " + dir.resolve("absent") + " does not exist");
    }

    @Test
    void anUnreadableTokenFileNamesTheVariableButNotTheContent() throws IOException {
        // A directory cannot be read as a file, whoever runs the test (root ignores file modes).
        env.put("TKE_WEB_IDENTITY_TOKEN_FILE", dir.toString());
        assertThat(oidcFailure().getMessage()).contains("TKE_WEB_IDENTITY_TOKEN_FILE: " + dir + " cannot be read");
        // Not UTF-8: the decoder's exception is named, the bytes around it are not shown.
        byte[] bytes = (WEB_TOKEN + "\u00ff").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(tokenFile, bytes);
        env.put("TKE_WEB_IDENTITY_TOKEN_FILE", tokenFile.toString());
        assertThat(oidcFailure().getMessage()).contains("TKE_WEB_IDENTITY_TOKEN_FILE: " + tokenFile + " cannot be read");
    }

    @Test
    void anEmptyOrOversizedTokenFileNamesTheVariableButNotTheContent() throws IOException {
        Files.writeString(tokenFile, " \n");
        assertThat(oidcFailure().getMessage()).contains("TKE_WEB_IDENTITY_TOKEN_FILE: " + tokenFile + " is empty");
        Files.writeString(tokenFile, WEB_TOKEN.repeat(2000));
        assertThat(oidcFailure().getMessage()).contains("TKE_WEB_IDENTITY_TOKEN_FILE: " + tokenFile + " is larger than");
    }

    @Test
    void everyMalformedVariableIsNamedInOneEntryWithThoseNotSet() {
        env.remove("TKE_PROVIDER_ID");
        env.put("TKE_REGION", "nowhere");
        env.put("TKE_ROLE_ARN", " ");
        assertThat(oidcFailure().searched().get(0)).isEqualTo("TKE OIDC (environment variables TKE_REGION, TKE_PROVIDER_ID,"
                + " TKE_WEB_IDENTITY_TOKEN_FILE, TKE_ROLE_ARN): TKE_PROVIDER_ID is not set,"
                + " TKE_REGION: must be a region such as ap-guangzhou, TKE_ROLE_ARN: must not be blank");
    }

    @Test
    void anEnvironmentThatCannotBeReadIsATypedEntry() {
        UnaryOperator<String> denied = name -> {
            throw new SecurityException("access denied to " + WEB_TOKEN);
        };
        CredentialsProviderChain chain = new CredentialsProviderChain(List.of(new OidcDefaultChainContributor.FromEnvironment(denied)));
        assertThatThrownBy(chain::resolve).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("TKE OIDC").hasMessageContaining("failed with java.lang.SecurityException")
                .hasMessageNotContaining(WEB_TOKEN);
    }

    @Test
    void aMisconfiguredOidcEntryLeavesTheNextSourceItsTurn() {
        env.put("TKE_REGION", "ap guangzhou");
        CredentialsProviderChain chain = new CredentialsProviderChain(List.of(
                new OidcDefaultChainContributor.FromEnvironment(env::get), CredentialsProvider.of("AKIDnextSource", "nextKey")));
        assertThat(chain.resolve().secretId()).isEqualTo("AKIDnextSource");
    }

    @Test
    void whenAnEarlierSourceHasCredentialsTheTkeVariablesAreNeverRead() {
        env.put("TKE_REGION", "ap guangzhou");
        env.put("TKE_ROLE_ARN", " ");
        Set<String> read = ConcurrentHashMap.newKeySet();
        UnaryOperator<String> recording = name -> {
            read.add(name);
            return env.get(name);
        };
        CredentialsProviderChain chain = new CredentialsProviderChain(List.of(
                CredentialsProvider.of("AKIDearlierSource", "earlierKey"), new OidcDefaultChainContributor.FromEnvironment(recording)));
        assertThat(chain.resolve().secretId()).isEqualTo("AKIDearlierSource");
        assertThat(chain.toString()).contains("TKE OIDC");
        assertThat(read).isEmpty();
    }
}
