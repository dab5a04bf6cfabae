/**
 * The contract stub: {@link dev.clssdk.cls.conformance.ContractStub}, a loopback server that plays a
 * Tencent Cloud API from its spec (signature, version and input checks, answers from the spec), with
 * {@link dev.clssdk.cls.conformance.ActionBehaviour}s for actions that need state, such as CLS's
 * {@link dev.clssdk.cls.conformance.ExportWorkflow}, and {@link dev.clssdk.cls.conformance.Fault}s
 * for the failures a client must survive.
 */
package dev.clssdk.cls.conformance;
