/**
 * TC3-HMAC-SHA256, the signature of Tencent Cloud API 3.0, usable on its own. User API.
 */
package dev.clssdk.core.signing;
