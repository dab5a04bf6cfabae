package dev.clssdk.codegen.importer;

import java.util.List;

/**
 * What an import produced.
 *
 * @param yaml    the spec, in our OpenAPI form
 * @param actions how many actions it holds
 * @param schemas how many schemas (data types, requests, responses, envelopes)
 * @param hints   members whose prose states a constraint the spec does not encode, by path
 * @param notes   what the import changed or left out, one line each (offline actions, renamed objects,
 *                member types mapped to string, deprecated actions)
 */
public record ImportResult(String yaml, int actions, int schemas, List<ProseHint> hints, List<String> notes) {

    public ImportResult {
        hints = List.copyOf(hints);
        notes = List.copyOf(notes);
    }
}
