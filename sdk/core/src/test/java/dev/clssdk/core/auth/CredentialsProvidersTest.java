package dev.clssdk.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clssdk.core.CredentialsException;
import dev.clssdk.core.testing.CapturedLogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsProvidersTest {
    private static final String ENV_ID = "AKIDenvironment0001";
    private static final String ENV_KEY = "envSecretKeyDoNotLog";
    private static final String FILE_ID = "AKIDprofilefile0002";
    private static final String FILE_KEY = "fileSecretKeyDoNotLog";

    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>();

    private Path profileFile(String text) throws IOException {
        Path file = dir.resolve("credentials");
        Files.writeString(file, text);
        return file;
    }

    private CredentialsProvider chain(Path file) {
        return new CredentialsProviderChain(
                List.of(new EnvironmentCredentialsProvider(env::get), new ProfileCredentialsProvider(file, "default")));
    }

    @Test
    void aProfileFileSavedWithAUtf8ByteOrderMarkIsRead() throws IOException {
        // As some Windows editors save it: the mark before "[default]" is not part of the section name.
        Path file = profileFile("\uFEFF[default]\r\nsecret_id = " + FILE_ID + "\r\nsecret_key = " + FILE_KEY + "\r\n");
        Credentials credentials = new ProfileCredentialsProvider(file, "default").resolve();
        assertThat(credentials.secretId()).isEqualTo(FILE_ID);
        assertThat(credentials.secretKey()).isEqualTo(FILE_KEY);
    }

    @Test
    void staticProviderReturnsItsCredentials() {
        Credentials credentials = CredentialsProvider.of("AKIDx", "key").resolve();
        assertThat(credentials.secretId()).isEqualTo("AKIDx");
        assertThat(credentials.secretKey()).isEqualTo("key");
        assertThat(credentials.token()).isNull();
    }

    @Test
    void environmentProviderReadsIdKeyAndSessionToken() {
        env.put("TENCENTCLOUD_SECRET_ID", ENV_ID);
        env.put("TENCENTCLOUD_SECRET_KEY", ENV_KEY);
        env.put("TENCENTCLOUD_SESSION_TOKEN", "envToken");
        Credentials credentials = new EnvironmentCredentialsProvider(env::get).resolve();
        assertThat(credentials.secretId()).isEqualTo(ENV_ID);
        assertThat(credentials.secretKey()).isEqualTo(ENV_KEY);
        assertThat(credentials.token()).isEqualTo("envToken");
    }

    @Test
    void environmentProviderNamesTheMissingVariable() {
        env.put("TENCENTCLOUD_SECRET_ID", ENV_ID);
        assertThatThrownBy(() -> new EnvironmentCredentialsProvider(env::get).resolve())
                .isInstanceOf(CredentialsException.class)
                .hasMessageContaining("TENCENTCLOUD_SECRET_KEY is not set")
                .hasMessageNotContaining(ENV_ID);
    }

    @Test
    void profileProviderReadsTheDefaultSectionIgnoringCommentsAndOtherSections() throws IOException {
        Path file = profileFile("# comment\n[other]\nsecret_id = AKIDother\nsecret_key = otherKey\n\n"
                + "[default]\n; another comment\nsecret_id = " + FILE_ID + "\r\nSECRET_KEY=" + FILE_KEY + "\n");
        Credentials credentials = new ProfileCredentialsProvider(file, "default").resolve();
        assertThat(credentials.secretId()).isEqualTo(FILE_ID);
        assertThat(credentials.secretKey()).isEqualTo(FILE_KEY);
    }

    @Test
    void profileProviderRereadsTheFileWhenItChanges() throws IOException {
        Path file = profileFile("[default]\nsecret_id = AKIDa\nsecret_key = a\n");
        ProfileCredentialsProvider provider = new ProfileCredentialsProvider(file, "default");
        assertThat(provider.resolve().secretId()).isEqualTo("AKIDa");
        Files.writeString(file, "[default]\nsecret_id = AKIDbb\nsecret_key = bb\n");
        assertThat(provider.resolve().secretId()).isEqualTo("AKIDbb");
    }

    @Test
    void profileProviderSaysWhichKeyIsMissing() throws IOException {
        Path file = profileFile("[default]\nsecret_id = " + FILE_ID + "\n");
        assertThatThrownBy(() -> new ProfileCredentialsProvider(file, "default").resolve())
                .isInstanceOf(CredentialsException.class)
                .hasMessageContaining("[default] lacks secret_key");
    }

    @Test
    void chainPrefersTheEnvironmentOverTheProfileFile() throws IOException {
        env.put("TENCENTCLOUD_SECRET_ID", ENV_ID);
        env.put("TENCENTCLOUD_SECRET_KEY", ENV_KEY);
        Path file = profileFile("[default]\nsecret_id = " + FILE_ID + "\nsecret_key = " + FILE_KEY + "\n");
        assertThat(chain(file).resolve().secretId()).isEqualTo(ENV_ID);
    }

    @Test
    void chainFallsBackToTheProfileFileWhenTheEnvironmentIsIncomplete() throws IOException {
        env.put("TENCENTCLOUD_SECRET_ID", ENV_ID);
        Path file = profileFile("[default]\nsecret_id = " + FILE_ID + "\nsecret_key = " + FILE_KEY + "\n");
        assertThat(chain(file).resolve().secretId()).isEqualTo(FILE_ID);
    }

    @Test
    void chainWithoutCredentialsListsEveryPlaceItLookedInOrder() {
        Path missing = dir.resolve("nope/credentials");
        assertThatThrownBy(() -> chain(missing).resolve())
                .isInstanceOfSatisfying(CredentialsException.class, e -> {
                    assertThat(e.searched()).containsExactly(
                            "environment variables TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY: neither is set",
                            "profile file " + missing + " section [default]: file not found");
                    assertThat(e.getMessage()).startsWith("No Tencent Cloud credentials found. Looked in: 1) environment")
                            .contains("2) profile file " + missing);
                });
    }

    @Test
    void defaultChainLooksAtTheEnvironmentThenTheHomeProfileFileThenTheInstanceRole() {
        CredentialsProviderChain chain = (CredentialsProviderChain) CredentialsProvider.defaultChain();
        // Nothing in the core's own tests contributes (the STS module adds TKE OIDC after these).
        assertThat(chain.providers()).hasSize(3);
        assertThat(chain.providers().get(0)).isInstanceOf(EnvironmentCredentialsProvider.class);
        assertThat(chain.providers().get(1).toString())
                .contains(Path.of(System.getProperty("user.home"), ".tencentcloud", "credentials").toString());
        assertThat(chain.providers().get(2)).isInstanceOf(CvmRoleCredentialsProvider.class)
                .hasToString("CvmRoleCredentialsProvider[CVM instance role (metadata service http://metadata.tencentyun.com)]");
    }

    @Test
    void theProfileSectionIsTheOneTencentcloudProfileNamesElseDefault() throws IOException {
        assertThat(ProfileCredentialsProvider.profileName(env::get)).isEqualTo("default");
        env.put("TENCENTCLOUD_PROFILE", " prod ");
        assertThat(ProfileCredentialsProvider.profileName(env::get)).isEqualTo("prod");
        Path file = profileFile("[default]\nsecret_id = a\nsecret_key = b\n[prod]\nsecret_id = " + FILE_ID
                + "\nsecret_key = " + FILE_KEY + "\n");
        assertThat(CredentialsProvider.profile(file, ProfileCredentialsProvider.profileName(env::get)).resolve().secretId())
                .isEqualTo(FILE_ID);
        assertThat(CredentialsProvider.profile("prod").toString()).contains("section [prod]");
    }

    @Test
    void theAnonymousProviderLendsNoCredentialsInAChain() {
        CredentialsProvider chain = new CredentialsProviderChain(List.of(CredentialsProvider.anonymous()));
        assertThatThrownBy(chain::resolve).isInstanceOf(CredentialsException.class).hasMessageContaining("unsigned");
    }

    @Test
    void noSecretAppearsInToStringOfCredentialsOrProviders() {
        Credentials credentials = Credentials.of(ENV_ID, ENV_KEY, "sessionTokenDoNotLog");
        List<String> texts = List.of(credentials.toString(), new StaticCredentialsProvider(credentials).toString(),
                chain(dir.resolve("x")).toString());
        for (String text : texts) {
            assertThat(text).doesNotContain(ENV_ID).doesNotContain(ENV_KEY).doesNotContain("sessionTokenDoNotLog");
        }
        assertThat(credentials.toString()).isEqualTo("Credentials[secretId=AKID***, secretKey=***, token=***]");
    }

    @Test
    void chainLogsWhichProviderWonButNoSecret() throws IOException {
        CapturedLogs.start();
        Path file = profileFile("[default]\nsecret_id = " + FILE_ID + "\nsecret_key = " + FILE_KEY + "\n");
        chain(file).resolve();
        assertThat(CapturedLogs.lines()).anySatisfy(line -> assertThat(line).contains("ProfileCredentialsProvider"));
        assertThat(CapturedLogs.lines()).noneSatisfy(line -> assertThat(line).contains(FILE_KEY));
        assertThat(CapturedLogs.lines()).noneSatisfy(line -> assertThat(line).contains(FILE_ID));
    }
}
