package dev.clssdk.codegen.poet;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** Annotations shared by every generated type. */
final class Annotations {

    static final String GENERATOR = "dev.clssdk.codegen";

    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    private Annotations() {}

    /** {@code @Generated("dev.clssdk.codegen")}, with no date so the output is reproducible. */
    static AnnotationSpec generated() {
        return AnnotationSpec.builder(GENERATED).addMember("value", "$S", GENERATOR).build();
    }
}
