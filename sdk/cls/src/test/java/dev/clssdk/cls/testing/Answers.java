package dev.clssdk.cls.testing;

import mockwebserver3.MockResponse;

/** Answers the way CLS gives them. */
public final class Answers {
    private Answers() {
    }

    /** @return a 200 with the given JSON body */
    public static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
    }

    /** @return a 200 success envelope around the given members (without braces) */
    public static MockResponse success(String members) {
        return json("{\"Response\":{" + members + (members.isEmpty() ? "" : ",") + "\"RequestId\":\"req-ok\"}}");
    }

    /** @return a 200 error envelope */
    public static MockResponse error(String code, String requestId) {
        return json(errorBody(code, requestId));
    }

    /** @return the JSON of an error envelope */
    public static String errorBody(String code, String requestId) {
        return "{\"Response\":{\"Error\":{\"Code\":\"" + code + "\",\"Message\":\"message for " + code
                + "\"},\"RequestId\":\"" + requestId + "\"}}";
    }

    /** @return a CreateExport success */
    public static MockResponse created(String exportId) {
        return success("\"ExportId\":\"" + exportId + "\"");
    }
}
