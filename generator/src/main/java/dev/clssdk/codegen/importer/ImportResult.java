package dev.clssdk.codegen.importer;

import java.util.List;

/**
 * What an import produced.
 *
 * @param yaml    the spec, in our OpenAPI form
 * @param actions how many actions it holds
 * @param schemas how many schemas (data types, requests, responses, envelopes)
 * @param hints   members whose prose states a constraint the spec does not encode, by path
 */
public record ImportResult(String yaml, int actions, int schemas, List<ProseHint> hints) {

    public ImportResult {
        hints = List.copyOf(hints);
    }
}
