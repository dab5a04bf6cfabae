package dev.clssdk.codegen.model;

/**
 * A rule over two members of one shape, checked only when both are set.
 *
 * @param kind        what is compared
 * @param left        the wire name of the first member
 * @param right       the wire name of the second member
 * @param errorCode   what the server answers when the rule is broken
 * @param description a sentence for the caller
 */
public record CrossFieldRule(Kind kind, String left, String right, String errorCode, String description) {

    public enum Kind {
        /** {@code left <= right}. */
        LESS_THAN_OR_EQUAL("lessThanOrEqual", "<=");

        private final String specName;
        private final String operator;

        Kind(String specName, String operator) {
            this.specName = specName;
            this.operator = operator;
        }

        public String specName() {
            return specName;
        }

        public String operator() {
            return operator;
        }
    }
}
