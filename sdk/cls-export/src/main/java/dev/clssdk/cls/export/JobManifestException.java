package dev.clssdk.cls.export;

import java.nio.file.Path;

/**
 * A range job's manifest cannot be used: it cannot be read or written, it is not a manifest this
 * version wrote, or it belongs to a job with other arguments (named in the message: run that job
 * again with its own arguments, or give this one another directory).
 */
public class JobManifestException extends ExportException {
    private static final long serialVersionUID = 1L;

    private final transient Path manifest;

    public JobManifestException(Path manifest, String message, Throwable cause) {
        super(null, message, cause);
        this.manifest = manifest;
    }

    /** The manifest file. */
    public Path manifest() {
        return manifest;
    }
}
