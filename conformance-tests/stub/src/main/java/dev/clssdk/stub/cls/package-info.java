/**
 * What the contract stub plays for CLS alone: the export workflow ({@link dev.clssdk.stub.cls.ExportWorkflow},
 * with its task store, its progress ({@link dev.clssdk.stub.cls.ExportProgress}) and the download
 * server that stands in for COS, {@link dev.clssdk.stub.cls.ExportDownloadServer}). Everything in
 * {@code dev.clssdk.stub} plays any service.
 */
package dev.clssdk.stub.cls;
