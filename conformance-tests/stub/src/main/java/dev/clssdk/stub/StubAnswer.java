package dev.clssdk.stub;

/** An HTTP answer the stub writes: a status, a content type and the body bytes. */
record StubAnswer(int status, String contentType, byte[] body) {

    static StubAnswer json(byte[] body) {
        return new StubAnswer(200, "application/json", body);
    }
}
