package dev.clssdk.stub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ContractStubExtension}: one stub per class on a static field, one per test on an instance field. */
@Timeout(30)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContractStubExtensionTest {

    @RegisterExtension
    static final ContractStubExtension CLS = ContractStubExtension.of(() -> ContractStub.builder()
            .credentials(SignedClient.SECRET_ID, SignedClient.SECRET_KEY)
            .topic("ee20bb16-3025-4048-b81a-dd436373062e"));
    private static int firstPort;

    @Test
    @Order(1)
    void aTestGetsTheRunningStubAsAParameter(ContractStub stub) {
        assertThat(stub).isSameAs(CLS.stub());
        firstPort = stub.port();
        assertThat(new SignedClient(stub).call("DescribeExports", "{\"TopicId\":\"ee20bb16-3025-4048-b81a-dd436373062e\"}").ok())
                .isTrue();
        stub.injectFault(Fault.html502());
        assertThat(stub.recordedRequests()).hasSize(1);
    }

    @Test
    @Order(2)
    void theNextTestOfTheClassHasTheSameStubWithoutTheFaultsAndRequestsOfTheLast(ContractStub stub) {
        assertThat(stub.port()).isEqualTo(firstPort);
        assertThat(stub.pendingFaults()).isZero();
        assertThat(stub.recordedRequests()).isEmpty();
    }

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class OnAnInstanceField {

        private static final List<Integer> PORTS = new ArrayList<>();

        @RegisterExtension
        final ContractStubExtension own = new ContractStubExtension();

        @Test
        @Order(1)
        void eachTestHasItsOwnStubWithTheDefaultKeyPair() {
            PORTS.add(own.stub().port());
            assertThat(own.stub().model().service()).isEqualTo("cls");
            assertThat(own.stub().toString()).doesNotContain(ContractStubExtension.SECRET_KEY);
        }

        @Test
        @Order(2)
        void andItIsStoppedAfterTheTest() {
            PORTS.add(own.stub().port());
            assertThat(PORTS).doesNotHaveDuplicates();
            assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), PORTS.get(0)).close())
                    .as("the first test's stub is closed").isInstanceOf(IOException.class);
        }
    }

    @AfterAll
    static void outsideATestThereIsNoStub() {
        assertThatThrownBy(() -> new ContractStubExtension().stub()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only during the tests");
    }
}
