/**
 * Jackson databind for the generated types of every service: {@link dev.clssdk.jackson.SdkJacksonModule}.
 */
package dev.clssdk.jackson;
