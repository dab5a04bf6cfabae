package dev.clssdk.retrofit;

import dev.clssdk.core.shape.Struct;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * First of a client's converter factories, for the generated types: a request becomes a
 * {@link StructRequestBody}, the JSON the typed client sends. Retrofit also asks for a response
 * converter when it first sees a method; the runtime reads every response itself (the envelope, the
 * error codes, the redaction), so that converter is never reached through {@link RetrofitClient}
 * and says so if anything else calls it.
 */
final class StructConverterFactory extends Converter.Factory {

    @Override
    public Converter<?, RequestBody> requestBodyConverter(Type type, Annotation[] parameterAnnotations,
            Annotation[] methodAnnotations, Retrofit retrofit) {
        if (!isStruct(type)) {
            return null;
        }
        return value -> new StructRequestBody((Struct) value);
    }

    @Override
    public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
        if (!isStruct(type)) {
            return null;
        }
        return body -> {
            body.close();
            throw new IllegalStateException("responses of " + ((Class<?>) type).getSimpleName()
                    + " are read by the SDK's runtime: call through RetrofitClient.api()");
        };
    }

    private static boolean isStruct(Type type) {
        return type instanceof Class<?> c && Struct.class.isAssignableFrom(c);
    }
}
