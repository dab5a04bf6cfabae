package dev.clssdk.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks API that exists for generated service code and for the SDK's own artifacts released with the
 * core ({@code sdk-okhttp}, {@code sdk-retrofit}, {@code sdk-jackson}): the runtime a generated client
 * delegates to, the metadata a generated service describes itself with, the factories generated
 * paginators and waiters are made by.
 *
 * <p>It is public only because generated code lives in other packages. It may change in any minor
 * release, together with the generator that writes the code calling it; the compatibility gate does not
 * guard it. Application code should not call, implement or extend it: an application reaches the same
 * behaviour through its service's generated client and the types of the user API (builders,
 * {@code RequestOptions}, exceptions, credentials providers, paginators).
 *
 * <p>On a type it covers the type's members and nested types; on a package (its {@code package-info})
 * every type of the package. Retained at run time so that tools (the core's API signature test, an
 * application's architecture tests) can see it by reflection; japicmp excludes it by its name.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD, ElementType.PACKAGE})
public @interface GeneratedCodeApi {
}
