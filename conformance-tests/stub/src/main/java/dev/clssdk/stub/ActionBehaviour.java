package dev.clssdk.stub;

/**
 * What an action does in the stub beyond answering from the spec: state that later calls see (an
 * export task that DescribeExports lists), or errors that depend on that state (a topic that does
 * not exist). Registered per action with {@link ContractStub.Builder#behaviour(String, ActionBehaviour)}.
 *
 * <p>The stub calls a behaviour only for a request that passed every protocol check (signature,
 * action, version, rate limit) and whose body satisfies the action's input shape, so a behaviour
 * reads its input without checking it again. An action with no behaviour, or whose behaviour
 * returns {@code null}, answers the spec's own success: the operation's example if the spec has a
 * valid one, otherwise one synthesized from the output shape.
 *
 * <p>Behaviours are called from the stub's connection threads, possibly concurrently, and must be
 * thread-safe. An exception thrown by a behaviour is answered as {@code InternalError}, not passed
 * to the client.
 */
@FunctionalInterface
public interface ActionBehaviour {

    /**
     * Answers one call.
     *
     * @param call the validated request
     * @return the answer, or {@code null} to answer the spec's success for the action
     */
    ActionAnswer answer(ActionCall call);
}
