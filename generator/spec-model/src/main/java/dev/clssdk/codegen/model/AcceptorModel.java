package dev.clssdk.codegen.model;

import java.util.List;

/**
 * One acceptor of a waiter: when the value at {@code path} of the target equals {@code expected},
 * the waiter moves to {@code state}.
 *
 * @param path     wire names from the target down to a scalar or enum member ({@code [Status]},
 *                 {@code [Detail, Phase]}), already resolved against the target shape
 * @param expected the value compared with the member's string form (an enum's raw value)
 * @param state    the outcome
 */
public record AcceptorModel(List<String> path, String expected, State state) {

    public AcceptorModel {
        path = List.copyOf(path);
    }

    /** The path as the spec writes it, for example {@code Detail.Phase}. */
    public String dottedPath() {
        return String.join(".", path);
    }

    /** The outcome an acceptor stands for; the core's {@code WaiterDefinition.State} has the same names. */
    public enum State {
        SUCCESS("success"),
        FAILURE("failure"),
        RETRY("retry");

        private final String specName;

        State(String specName) {
            this.specName = specName;
        }

        public String specName() {
            return specName;
        }
    }
}
