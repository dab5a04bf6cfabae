package dev.clssdk.codegen.importer;

/**
 * An import that cannot be done, with a message that names the input and says what is wrong with
 * it and why ({@code the error-code catalogue codes.json.xz does not exist}), fit to show a user as
 * it is: the CLI prints it after {@code error: }, the Maven plugin fails the build with it.
 */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong and why
     * @param cause   the underlying failure, or {@code null}
     */
    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
