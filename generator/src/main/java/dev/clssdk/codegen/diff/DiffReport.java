package dev.clssdk.codegen.diff;

import java.util.List;

/**
 * All differences from one spec to the next, in a fixed order (service, actions, errors, shapes,
 * enums; by name within each), so the same pair of specs always gives the same report.
 *
 * @param oldLabel names the old spec (its location and revision)
 * @param newLabel names the new spec
 * @param changes  every difference, documentation included
 */
public record DiffReport(String oldLabel, String newLabel, List<Change> changes) {

    public DiffReport {
        changes = List.copyOf(changes);
    }

    public boolean breaking() {
        return changes.stream().anyMatch(Change::breaking);
    }

    public List<Change> breakingChanges() {
        return changes.stream().filter(Change::breaking).toList();
    }

    /** Compatible changes that are not documentation only. */
    public List<Change> compatibleChanges() {
        return changes.stream().filter(c -> !c.breaking() && !c.documentationOnly()).toList();
    }

    public List<Change> documentationChanges() {
        return changes.stream().filter(Change::documentationOnly).toList();
    }
}
