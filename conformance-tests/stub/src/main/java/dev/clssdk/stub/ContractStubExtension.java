package dev.clssdk.stub;

import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that starts a {@link ContractStub} for a test class and stops it after, and
 * hands it to test methods and constructors that declare a {@code ContractStub} parameter.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ContractStubExtension CLS = ContractStubExtension.of(() -> ContractStub.builder()
 *         .credentials("AKIDexample", "secret-key")
 *         .topic("ee20bb16-3025-4048-b81a-dd436373062e"));
 *
 * @Test
 * void createsAnExport(ContractStub cls) {      // or CLS.stub()
 *     // point the client under test at cls.url()
 * }
 * }</pre>
 *
 * <p>Registered on a {@code static} field (or with {@code @ExtendWith(ContractStubExtension.class)},
 * which plays the bundled CLS spec with the key pair {@link #SECRET_ID}/{@link #SECRET_KEY}), one stub
 * serves the whole class; on an instance field, each test gets its own. Before each test the
 * armed faults and the recorded requests are cleared, so one test's leftovers do not reach the next;
 * export tasks and topics stay for the class.
 */
public final class ContractStubExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    /** The SecretId the stub accepts when the extension is registered without a builder. */
    public static final String SECRET_ID = StubServer.DEFAULT_SECRET_ID;
    /** The SecretKey that goes with {@link #SECRET_ID}; a test value. */
    public static final String SECRET_KEY = StubServer.DEFAULT_SECRET_KEY;

    private final Supplier<ContractStub.Builder> builder;
    private ContractStub stub;
    private boolean perClass;

    /** Plays the bundled CLS spec and accepts {@link #SECRET_ID}/{@link #SECRET_KEY}. */
    public ContractStubExtension() {
        this(() -> ContractStub.builder().credentials(SECRET_ID, SECRET_KEY));
    }

    private ContractStubExtension(Supplier<ContractStub.Builder> builder) {
        this.builder = builder;
    }

    /** An extension whose stub each start makes from a fresh builder from {@code builder}. */
    public static ContractStubExtension of(Supplier<ContractStub.Builder> builder) {
        return new ContractStubExtension(Objects.requireNonNull(builder, "builder"));
    }

    /**
     * The running stub.
     *
     * @throws IllegalStateException outside a test of the class that registered the extension
     */
    public ContractStub stub() {
        if (stub == null) {
            throw new IllegalStateException("the contract stub runs only during the tests of the class that registers it");
        }
        return stub;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        stub = builder.get().start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!perClass) {
            stub = builder.get().start();
        }
        stub.clearFaults();
        stub.clearRecordedRequests();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            stop();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ContractStub.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (stub == null) {
            throw new ParameterResolutionException("the contract stub is not running yet: register the extension on a"
                    + " static field (or with @ExtendWith) to have it in a constructor");
        }
        return stub;
    }

    private void stop() {
        if (stub != null) {
            stub.close();
            stub = null;
        }
    }
}
