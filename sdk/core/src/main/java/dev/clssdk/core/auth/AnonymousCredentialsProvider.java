package dev.clssdk.core.auth;

import dev.clssdk.core.CredentialsException;
import java.util.List;

/**
 * No credentials: calls are sent unsigned, with {@code Authorization: SKIP} and no
 * {@code X-TC-Token}, as Tencent documents for the few actions that authenticate by their input
 * instead (for example the token-exchange actions of a security token service). Only the signing
 * step knows it; {@link #resolve()} fails, so in a chain it never lends credentials.
 */
public final class AnonymousCredentialsProvider implements CredentialsProvider {
    static final AnonymousCredentialsProvider INSTANCE = new AnonymousCredentialsProvider();

    private AnonymousCredentialsProvider() {
    }

    @Override
    public Credentials resolve() {
        throw new CredentialsException(List.of(this + ": sends calls unsigned and has no credentials to give"));
    }

    @Override
    public String toString() {
        return "AnonymousCredentialsProvider[Authorization: SKIP]";
    }
}
