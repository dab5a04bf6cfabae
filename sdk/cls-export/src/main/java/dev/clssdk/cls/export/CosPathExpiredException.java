package dev.clssdk.cls.export;

/**
 * COS refused the download address (HTTP 403): a pre-signed {@code CosPath} is valid for about an
 * hour. Describe the task again ({@code DescribeExports}) for a fresh one;
 * {@link ClsExporter#downloadTo(dev.clssdk.cls.model.ExportInfo, java.nio.file.Path)} does that once
 * by itself.
 */
public class CosPathExpiredException extends ExportException {
    private static final long serialVersionUID = 1L;

    public CosPathExpiredException(String exportId, String message) {
        super(exportId, message, null);
    }
}
