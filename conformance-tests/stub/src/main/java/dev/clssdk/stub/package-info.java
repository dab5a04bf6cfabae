/**
 * The contract stub: {@link dev.clssdk.stub.ContractStub}, a loopback server that plays a
 * Tencent Cloud API from its spec (signature, version and input checks, answers from the spec);
 * {@link dev.clssdk.stub.StubServer}, many of them behind one listener, which {@code contract-stub
 * serve} ({@link dev.clssdk.stub.StubCommand}) runs as a process; with
 * {@link dev.clssdk.stub.ActionBehaviour}s for actions that need state, such as CLS's
 * {@link dev.clssdk.stub.cls.ExportWorkflow} (in {@code dev.clssdk.stub.cls}, with the rest of what only CLS has), and {@link dev.clssdk.stub.Fault}s
 * for the failures a client must survive.
 */
package dev.clssdk.stub;
