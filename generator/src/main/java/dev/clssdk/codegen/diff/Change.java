package dev.clssdk.codegen.diff;

import java.util.Objects;
import java.util.Optional;

/**
 * One difference between two specs, judged twice: for code that calls the generated SDK
 * (source and binary compatibility, and what {@code build()} accepts) and for the wire (what
 * the server accepts and sends back).
 *
 * @param kind     what changed
 * @param path     where: {@code CreateExport}, {@code CreateExportRequest.Count}, {@code enum ExportStatus}, ...
 * @param sdk      the impact on callers of the generated SDK
 * @param wire     the impact on the JSON exchanged with the server
 * @param detail   one sentence, old and new values included
 * @param surprise for compatible changes that callers can still notice: how; empty otherwise
 */
public record Change(ChangeKind kind, String path, Impact sdk, Impact wire, String detail, Optional<String> surprise) {

    public Change {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(path);
        Objects.requireNonNull(sdk);
        Objects.requireNonNull(wire);
        Objects.requireNonNull(detail);
        Objects.requireNonNull(surprise);
    }

    /** Breaking if it breaks either kind of caller. */
    public boolean breaking() {
        return sdk == Impact.BREAKING || wire == Impact.BREAKING;
    }

    public boolean documentationOnly() {
        return kind == ChangeKind.DOCUMENTATION_CHANGED;
    }
}
