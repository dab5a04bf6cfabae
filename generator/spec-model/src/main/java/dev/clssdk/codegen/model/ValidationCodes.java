package dev.clssdk.codegen.model;

/**
 * The error codes the server answers for input that breaks the spec's rules, unless a member
 * names another code for a rule.
 *
 * @param required the code for a missing required member
 * @param other    the code for any other broken rule
 */
public record ValidationCodes(String required, String other) {}
