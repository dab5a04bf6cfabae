package dev.clssdk.core.auth;

import java.io.IOException;

/**
 * A failed fetch whose message the provider wrote itself and made safe to show: it quotes of its
 * source only what it checked (a code in the form of one, a request id). A
 * {@link RefreshingCredentialsProvider} shows it as it is, with the credentials it knows masked. The
 * message of any other {@link IOException} a fetcher throws is taken for the source's own text, which
 * may quote credentials nobody has seen yet: it is shown with anything shaped like a key or token
 * masked.
 */
public class CredentialsFetchException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, safe to show: never a secret
     */
    public CredentialsFetchException(String message) {
        super(message);
    }
}
