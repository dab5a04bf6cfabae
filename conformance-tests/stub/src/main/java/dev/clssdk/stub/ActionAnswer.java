package dev.clssdk.stub;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * What an {@link ActionBehaviour} answers: the content of a success {@code Response}, or an error.
 * The stub adds the {@code RequestId} and the envelope, and checks the answer against the spec: a
 * success may hold only members the output shape declares, and an error code must be one the spec
 * documents for the action or for every action; an answer that breaks either rule reaches the
 * client as {@code InternalError}, so a wrong behaviour shows up in the test that uses it.
 */
public sealed interface ActionAnswer {

    /** A success whose {@code Response} holds {@code output} (plus the {@code RequestId}). */
    static ActionAnswer success(ObjectNode output) {
        return new Success(output);
    }

    /** A failure with an error code the spec documents, and a message for people. */
    static ActionAnswer error(String code, String message) {
        return new Failure(code, message);
    }

    /** A success; {@code output} is the content of {@code Response} without the {@code RequestId}. */
    record Success(ObjectNode output) implements ActionAnswer {
        public Success {
            Objects.requireNonNull(output, "output");
        }
    }

    /** An error envelope's {@code Code} and {@code Message}. */
    record Failure(String code, String message) implements ActionAnswer {
        public Failure {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }
}
