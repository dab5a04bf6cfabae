package dev.clssdk.codegen.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A waiter from the spec's {@code x-tc-waiters}, already checked against the actions and shapes.
 *
 * @param name         the waiter's name, for example {@code ExportCompleted}
 * @param description  from the spec
 * @param operation    the action polled
 * @param input        members of the polled request that become the waiter's first parameters, in order
 * @param items        the output list whose element is the target, if the target is an item
 *                     (pages are followed with the operation's paginator); empty: the target is the output
 * @param key          with {@code items}: the element member that selects the target (the last parameter)
 * @param acceptors    tried in order on the target
 * @param initialDelaySeconds the wait after the first poll
 * @param maxDelaySeconds     the longest wait between polls
 * @param startedBy    the action that starts what the waiter waits for, if any
 */
public record WaiterModel(
        String name,
        String description,
        String operation,
        List<String> input,
        Optional<String> items,
        Optional<String> key,
        List<AcceptorModel> acceptors,
        int initialDelaySeconds,
        int maxDelaySeconds,
        Optional<StartedBy> startedBy) {

    public WaiterModel {
        input = List.copyOf(input);
        acceptors = List.copyOf(acceptors);
    }

    /** The waiter's parameters as wire names: the input members, then the key. */
    public List<String> parameters() {
        if (key.isEmpty()) {
            return input;
        }
        List<String> all = new java.util.ArrayList<>(input);
        all.add(key.get());
        return List.copyOf(all);
    }

    /**
     * How the starting action's request and response fill the waiter's parameters; together the
     * two maps name every parameter exactly once.
     *
     * @param operation the starting action
     * @param input     waiter parameter to member of the starting request, in spec order
     * @param output    waiter parameter to member of the starting response, in spec order
     */
    public record StartedBy(String operation, Map<String, String> input, Map<String, String> output) {

        public StartedBy {
            input = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(input));
            output = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(output));
        }
    }
}
