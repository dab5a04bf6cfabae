/**
 * What generated types are made of. Each generated request, response or data type is a
 * {@link dev.clssdk.core.shape.Struct} described by a {@link dev.clssdk.core.shape.Schema}: its
 * members' wire names and types, and for inputs the API's rules. One generic validator, writer and
 * reader in this package act on every type from that description, so a generated class holds
 * only its typed accessors and builder methods (or, for a type only the server sends, its
 * {@code create()} and withers). Applications use the generated types; they need
 * nothing from this package directly.
 */
package dev.clssdk.core.shape;
