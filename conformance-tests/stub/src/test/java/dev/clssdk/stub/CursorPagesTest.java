package dev.clssdk.stub;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The stub pages an action with a cursor paginator (CLS {@code SearchLog}: {@code Context}, {@code ListOver}). */
class CursorPagesTest {

    private final ContractStub stub = ContractStub.builder().throttling(false)
            .credentials(SignedClient.SECRET_ID, SignedClient.SECRET_KEY).start();
    private final SignedClient client = new SignedClient(stub);

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void eachPageHandsBackTheNextCursorAndTheLastSaysItIsOver() {
        SignedClient.Answer first = client.call("SearchLog", "{\"From\":1,\"To\":2}");
        assertThat(first.ok()).isTrue();
        assertThat(first.response().path("Context").asText()).isEqualTo("stub-cursor-2");
        assertThat(first.response().path("ListOver").asBoolean()).isFalse();
        assertThat(first.response().path("Results").size()).isPositive();

        SignedClient.Answer second = client.call("SearchLog", "{\"From\":1,\"To\":2,\"Context\":\"stub-cursor-2\"}");
        assertThat(second.response().path("Context").asText()).isEqualTo("stub-cursor-3");

        SignedClient.Answer last = client.call("SearchLog", "{\"From\":1,\"To\":2,\"Context\":\"stub-cursor-3\"}");
        assertThat(last.response().path("Context").asText("")).as("no next cursor (empty: the spec requires the member)")
                .isEmpty();
        assertThat(last.response().path("ListOver").asBoolean()).isTrue();
    }

    @Test
    void aCursorTheStubDidNotHandOutHasNothingAfterIt() {
        SignedClient.Answer answer = client.call("SearchLog", "{\"From\":1,\"To\":2,\"Context\":\"someone-elses\"}");
        assertThat(answer.ok()).isTrue();
        assertThat(answer.response().path("ListOver").asBoolean()).isTrue();
    }
}
