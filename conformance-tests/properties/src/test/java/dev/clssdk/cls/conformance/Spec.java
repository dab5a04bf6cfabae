package dev.clssdk.cls.conformance;

import dev.clssdk.codegen.model.CrossFieldRule;
import dev.clssdk.codegen.model.MemberModel;
import dev.clssdk.codegen.model.ServiceModel;
import dev.clssdk.codegen.model.ShapeModel;
import dev.clssdk.codegen.spec.SpecReader;
import dev.clssdk.stub.ContractStub;
import java.util.Set;
import java.util.TreeSet;

/** The spec the SDK was generated from, read once into the intermediate model. */
final class Spec {

    static final ServiceModel MODEL = SpecReader.read(ContractStub.defaultSpecText(), null);

    private Spec() {
    }

    static ShapeModel shape(String name) {
        return MODEL.shape(name).orElseThrow(() -> new IllegalArgumentException("no shape " + name));
    }

    /** Every code the spec says a broken input rule is answered with. */
    static Set<String> validationCodes() {
        Set<String> codes = new TreeSet<>();
        codes.add(MODEL.validationCodes().required());
        codes.add(MODEL.validationCodes().other());
        for (ShapeModel shape : MODEL.shapes()) {
            for (MemberModel member : shape.members()) {
                codes.addAll(member.violationCodes().values());
            }
            for (CrossFieldRule rule : shape.rules()) {
                codes.add(rule.errorCode());
            }
        }
        return codes;
    }

    /** The package of the generated model classes. */
    static String modelPackage() {
        return MODEL.javaPackage() + ".model";
    }
}
