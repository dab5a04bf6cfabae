/**
 * What generated types are made of. Each generated request, response or data type is a
 * {@link dev.clssdk.core.shape.Struct} that declares its {@link dev.clssdk.core.shape.Schema} as
 * typed Java: one {@link dev.clssdk.core.shape.Member} constant per member (its wire name, its
 * {@link dev.clssdk.core.shape.WireType} and, for inputs, the API's rules) and a public static
 * {@code SCHEMA} listing them. Its accessors and builder methods read and write members through those
 * constants, and one generic validator, writer and reader in this package act on every type from
 * its schema. Applications use the generated types; they need nothing from this package directly,
 * and it may change in any minor release together with the generator (sdk/core/RUNTIME.md, "API tiers").
 */
@GeneratedCodeApi
package dev.clssdk.core.shape;

import dev.clssdk.core.GeneratedCodeApi;
