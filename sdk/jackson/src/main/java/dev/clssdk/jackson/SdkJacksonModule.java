package dev.clssdk.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.clssdk.core.shape.Struct;
import dev.clssdk.core.shape.StructJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Modifier;

/**
 * Lets any {@code ObjectMapper} write and read the generated request, response and data types of
 * every service, by the core's own codec ({@link StructJson}): members in wire order, unset ones
 * left out; unknown members skipped, {@code null} elements dropped, a request's rules checked as when
 * built, and a value of the wrong JSON type refused naming the path and the type, never the value.
 * The rules are the core's, written once; this module only copies the bytes between Jackson and it.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new SdkJacksonModule());
 * // or: new ObjectMapper().findAndRegisterModules()  (this artifact registers it as a service)
 * String json = mapper.writeValueAsString(request);
 * }</pre>
 */
public final class SdkJacksonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;
    private static final JsonFactory BYTES = new JsonFactory();

    /** The module; register it with {@code ObjectMapper.registerModule}. */
    public SdkJacksonModule() {
        super("dev.clssdk.jackson", Version.unknownVersion());
        addSerializer(Struct.class, new StructSerializer());
        setDeserializers(new StructDeserializers());
    }

    /** Writes a value's bytes, as the core writes them, into whatever Jackson writes to. */
    private static final class StructSerializer extends JsonSerializer<Struct> {
        @Override
        public void serialize(Struct value, JsonGenerator generator, SerializerProvider serializers) throws IOException {
            try (JsonParser json = BYTES.createParser(StructJson.toJson(value))) {
                json.nextToken();
                generator.copyCurrentStructure(json);
            }
        }

        @Override
        public Class<Struct> handledType() {
            return Struct.class;
        }
    }

    /** A reader for each concrete generated type; the abstract base is left to Jackson, which refuses it. */
    private static final class StructDeserializers extends SimpleDeserializers {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config, BeanDescription bean) {
            Class<?> raw = type.getRawClass();
            if (!Struct.class.isAssignableFrom(raw) || Modifier.isAbstract(raw.getModifiers())) {
                return null;
            }
            return new StructDeserializer(raw.asSubclass(Struct.class));
        }
    }

    /** Copies the value Jackson is at into bytes and reads them with the core. */
    private static final class StructDeserializer extends JsonDeserializer<Struct> {
        private final Class<? extends Struct> type;

        StructDeserializer(Class<? extends Struct> type) {
            this.type = type;
        }

        @Override
        public Struct deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JsonGenerator copy = BYTES.createGenerator(bytes)) {
                copy.copyCurrentStructure(parser);
            }
            try {
                return StructJson.fromJson(bytes.toByteArray(), type);
            } catch (IOException e) {
                // The core's message names the path and the type expected, never the value.
                return context.reportInputMismatch(type, "%s", e.getMessage());
            }
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }
}
