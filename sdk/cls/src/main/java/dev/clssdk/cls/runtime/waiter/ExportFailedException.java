package dev.clssdk.cls.runtime.waiter;

import dev.clssdk.cls.ClsException;
import dev.clssdk.cls.model.ExportInfo;

/**
 * The export task reached a terminal state other than {@code Completed}: {@code Failed}, or
 * {@code Expired} (its file is gone).
 */
public class ExportFailedException extends ClsException {
    private static final long serialVersionUID = 1L;

    private final transient ExportInfo export;

    /**
     * @param export the task as last described
     */
    public ExportFailedException(ExportInfo export) {
        super("Export " + export.exportId() + " of topic " + export.topicId() + " ended with status "
                + export.statusAsString());
        this.export = export;
    }

    /**
     * The task as last described.
     *
     * @return the task
     */
    public ExportInfo export() {
        return export;
    }
}
