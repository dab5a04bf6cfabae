package dev.clssdk.retrofit;

import dev.clssdk.core.Operation;
import dev.clssdk.core.client.ServiceMetadata;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import retrofit2.http.Body;
import retrofit2.http.Headers;
import retrofit2.http.POST;

/**
 * The actions of one service as Retrofit methods declare them: a method names its action in an
 * {@code X-TC-Action} header (and may state the version in {@code X-TC-Version}), posts to
 * {@code /}, and takes the action's request as its first parameter, its {@code @Body}. Checked for
 * a whole interface before Retrofit sees it, so a method the runtime could not call fails at
 * creation with its name and the rule, not at its first call.
 */
final class ServiceCalls {
    private static final String ACTION_HEADER = "X-TC-Action";
    private static final String VERSION_HEADER = "X-TC-Version";
    private static final String CONTINUATION = "kotlin.coroutines.Continuation";

    private final ServiceMetadata service;
    private final Map<String, Operation<?, ?>> byAction = new HashMap<>();

    ServiceCalls(ServiceMetadata service) {
        this.service = service;
        for (Operation<?, ?> operation : service.operations()) {
            byAction.put(operation.action(), operation);
        }
    }

    /** Checks every method Retrofit would call through. */
    void check(Class<?> api) {
        if (!api.isInterface()) {
            throw new IllegalArgumentException(api.getName() + " is not an interface");
        }
        for (Method method : api.getMethods()) {
            if (method.isDefault() || Modifier.isStatic(method.getModifiers()) || method.isSynthetic()
                    || method.getDeclaringClass() == Object.class) {
                continue;
            }
            String where = api.getSimpleName() + "." + method.getName();
            POST post = method.getAnnotation(POST.class);
            if (post == null || !"/".equals(post.value())) {
                throw new IllegalArgumentException(where + ": every call of " + service.serviceName()
                        + " is @POST(\"/\")");
            }
            operation(method.getAnnotations(), where);
            Annotation[][] parameters = method.getParameterAnnotations();
            Class<?>[] types = method.getParameterTypes();
            boolean bodyFirst = parameters.length > 0 && hasBody(parameters[0]);
            boolean restIsContinuation = parameters.length == 1
                    || (parameters.length == 2 && types[1].getName().equals(CONTINUATION));
            if (!bodyFirst || !restIsContinuation) {
                throw new IllegalArgumentException(where + ": takes exactly one parameter, the action's request"
                        + " annotated @Body (a Kotlin suspend function may add its continuation)");
            }
        }
    }

    private static boolean hasBody(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof Body) {
                return true;
            }
        }
        return false;
    }

    /**
     * The action a method's annotations name.
     *
     * @throws IllegalArgumentException if they name none, an unknown one, or another version
     */
    Operation<?, ?> operation(Annotation[] annotations, String where) {
        String action = null;
        String version = null;
        for (Annotation annotation : annotations) {
            if (annotation instanceof Headers headers) {
                for (String header : headers.value()) {
                    int colon = header.indexOf(':');
                    if (colon <= 0) {
                        continue;
                    }
                    String name = header.substring(0, colon).trim();
                    String value = header.substring(colon + 1).trim();
                    if (name.equalsIgnoreCase(ACTION_HEADER)) {
                        action = value;
                    } else if (name.equalsIgnoreCase(VERSION_HEADER)) {
                        version = value;
                    }
                }
            }
        }
        if (action == null) {
            throw new IllegalArgumentException(where + ": no @Headers(\"" + ACTION_HEADER + ": <action>\"): "
                    + "the runtime calls the action it names");
        }
        Operation<?, ?> operation = byAction.get(action);
        if (operation == null) {
            throw new IllegalArgumentException(where + ": " + service.serviceName() + " " + service.apiVersion()
                    + " has no action '" + action + "'");
        }
        if (version != null && !version.equals(service.apiVersion())) {
            throw new IllegalArgumentException(where + ": " + VERSION_HEADER + " " + version + " is not the version of "
                    + service.serviceName() + " this runtime calls (" + service.apiVersion() + ")");
        }
        return operation;
    }
}
