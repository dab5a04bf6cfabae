/** Implementation of the export download and record readers; not API, may change in any release. */
package dev.clssdk.cls.export.internal;
