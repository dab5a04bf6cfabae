package dev.clssdk.codegen.poet;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.clssdk.codegen.model.ServiceModel;
import java.util.List;

/**
 * One kind of generated file. Each emitter turns the service's model into its files (one, or one
 * per family, enum or shape), in an order that depends on the model alone; {@code SdkGenerator}
 * runs the emitters in a fixed order and writes what they return. Each kind is pinned by the golden
 * files of the fixture spec ({@code generator/src/test/resources/golden}).
 */
public interface Emitter {
    /**
     * The files of this kind for the service.
     *
     * @param service the model
     * @return the files, in a fixed order
     */
    List<JavaFile> emit(ServiceModel service);

    /**
     * A generated file as every emitter formats it: four-space indent, no {@code java.lang} imports.
     *
     * @param packageName the file's package
     * @param type its one top-level type
     * @return the file
     */
    static JavaFile file(String packageName, TypeSpec type) {
        return JavaFile.builder(packageName, type)
                .indent("    ")
                .skipJavaLangImports(true)
                .build();
    }
}
