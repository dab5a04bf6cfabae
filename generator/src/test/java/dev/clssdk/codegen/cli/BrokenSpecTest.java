package dev.clssdk.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clssdk.codegen.Fixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A spec the generator cannot handle stops it with exit code 2, a message naming the JSON
 * pointer and the rule, and no change to the output directory. Each case breaks the bundled
 * spec in one place by a textual replacement.
 */
class BrokenSpecTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        unknown type          | type: integer\\n          format: int64\\n          minimum: 1\\n          maximum: 10000000 | type: integr\\n          format: int64\\n          minimum: 1\\n          maximum: 10000000 | /components/schemas/CreateExportRequest/properties/Count/type | unknown type 'integr'
        dangling ref          | $ref: '#/components/schemas/ExportInfo' | $ref: '#/components/schemas/ExportInformation' | /components/schemas/DescribeExportsResponse/properties/Exports/items/$ref | dangling $ref
        enum default          | default: desc | default: descending | /components/schemas/CreateExportRequest/properties/Order/default | not one of the enum values
        missing action        | x-tc-action: DeleteExport | x-tc-not-action: DeleteExport | /paths/~1#DeleteExport/post | x-tc-action is required
        missing idempotency   | '      x-tc-idempotent: false\\n' | '' | /paths/~1#CreateExport/post | x-tc-idempotent is required
        unknown error code    | maximum: LimitExceeded.Export | maximum: LimitExceeded.Exports | /components/schemas/CreateExportRequest/properties/Count/x-tc-violation-codes/maximum | not declared
        inline enum           | '          allOf:\\n            - $ref: ''#/components/schemas/Format''\\n    CreateExportResponse' | '          type: string\\n          enum: [json, csv]\\n    CreateExportResponse' | /components/schemas/CreateExportRequest/properties/Format/enum | inline enums are not supported
        """)
    void brokenSpecExitsWithCode2NamingThePlace(String name, String find, String replace, String pointer, String rule)
            throws IOException {
        assertBrokenSpecRejected(Fixtures.BUNDLED_SPEC, find, replace, pointer, rule);
    }

    /** The paging and waiting extensions of revision 3, and the error-kind override, broken one place at a time. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        paginator of no action     | '  DescribeExports: {offset: Offset' | '  DescribeExport: {offset: Offset' | /x-tc-paginators/DescribeExport | no action 'DescribeExport'
        offset not an integer      | '{offset: Offset, limit: Limit' | '{offset: TopicId, limit: Limit' | /x-tc-paginators/DescribeExports/offset | 'TopicId' must be an integer
        unknown limit member       | 'limit: Limit, items' | 'limit: Limits, items' | /x-tc-paginators/DescribeExports/limit | has no member 'Limits'
        items not a list of shapes | 'items: Exports, total' | 'items: TotalCount, total' | /x-tc-paginators/DescribeExports/items | must be a list of structures
        total not an integer       | 'total: TotalCount}' | 'total: RequestId}' | /x-tc-paginators/DescribeExports/total | 'RequestId' must be an integer
        cursor of unknown kind     | '{offset: Offset, limit: Limit, items: Exports, total: TotalCount}' | '{kind: scroll, token: TopicId, nextToken: RequestId, items: Exports}' | /x-tc-paginators/DescribeExports/kind | the only paginator kind is 'cursor'
        cursor token not a string  | '{offset: Offset, limit: Limit, items: Exports, total: TotalCount}' | '{kind: cursor, token: Offset, nextToken: RequestId, items: Exports}' | /x-tc-paginators/DescribeExports/token | 'Offset' must be a string member
        cursor token required      | '{offset: Offset, limit: Limit, items: Exports, total: TotalCount}' | '{kind: cursor, token: TopicId, nextToken: RequestId, items: Exports}' | /x-tc-paginators/DescribeExports/token | 'TopicId' is required
        cursor with an offset      | '{offset: Offset, limit: Limit, items: Exports, total: TotalCount}' | '{kind: cursor, token: TopicId, nextToken: RequestId, items: Exports, over: TotalCount, offset: Offset}' | /x-tc-paginators/DescribeExports/offset | unknown key; allowed: [items, kind, nextToken, over, token]
        items without paginator    | '  DescribeExports: {offset: Offset, limit: Limit, items: Exports, total: TotalCount}\n' | '' | /x-tc-waiters/ExportCompleted/items | needs an entry in x-tc-paginators
        waiter of no action        | '    operation: DescribeExports\n' | '    operation: DescribeExport\n' | /x-tc-waiters/ExportCompleted/operation | no action 'DescribeExport'
        required poll member       | 'input: [TopicId]' | 'input: []' | /x-tc-waiters/ExportCompleted/input | 'TopicId' is required
        key not a member           | 'key: ExportId' | 'key: ExportKey' | /x-tc-waiters/ExportCompleted/key | ExportInfo has no member 'ExportKey'
        path does not resolve      | '{path: Status, expected: Completed' | '{path: Status.Code, expected: Completed' | /x-tc-waiters/ExportCompleted/acceptors/0/path | does not resolve
        unknown path member        | '{path: Status, expected: Failed' | '{path: State, expected: Failed' | /x-tc-waiters/ExportCompleted/acceptors/1/path | has no member 'State'
        expected not an enum value | 'expected: Expired' | 'expected: Gone' | /x-tc-waiters/ExportCompleted/acceptors/2/expected | not one of the values of ExportStatus
        bad state                  | 'expected: Expired, state: failure' | 'expected: Expired, state: failed' | /x-tc-waiters/ExportCompleted/acceptors/2/state | unknown state 'failed'
        bad delay                  | 'delay: {initial: 1, max: 10}' | 'delay: {initial: 20, max: 10}' | /x-tc-waiters/ExportCompleted/delay | initial <= max
        startedBy unknown member   | 'output: {ExportId: ExportId}' | 'output: {ExportId: TaskId}' | /x-tc-waiters/ExportCompleted/startedBy/output/ExportId | CreateExportResponse has no member 'TaskId'
        startedBy misses parameter | 'output: {ExportId: ExportId}' | 'output: {}' | /x-tc-waiters/ExportCompleted/startedBy | 'ExportId' is filled from neither
        startedBy wrong type       | 'input: {TopicId: TopicId}' | 'input: {TopicId: Count}' | /x-tc-waiters/ExportCompleted/startedBy/input/TopicId | 'Count' is int64
        startedBy not a parameter  | 'input: {TopicId: TopicId}' | 'input: {TopicId: TopicId, Query: Query}' | /x-tc-waiters/ExportCompleted/startedBy/input/Query | not a waiter parameter
        unknown error kind         | '      x-tc-retryable: true\n' | '      x-tc-retryable: true\n      x-tc-error-kind: slow\n' | /info/x-tc-common-errors/13/x-tc-error-kind | unknown error kind 'slow'
        """)
    void brokenPagingOrWaitingExitsWithCode2NamingThePlace(String name, String find, String replace, String pointer,
            String rule) throws IOException {
        assertBrokenSpecRejected(Fixtures.REVISION_3, find, replace, pointer, rule);
    }

    private void assertBrokenSpecRejected(String specResource, String find, String replace, String pointer, String rule)
            throws IOException {
        String spec = Fixtures.resource(specResource);
        String from = unescape(find);
        assertThat(spec).as("the case must change the spec").contains(from);
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, spec.replace(from, unescape(replace)));

        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("Existing.java"), "// from an earlier run");

        StringWriter err = new StringWriter();
        int code = GeneratorCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                "generate", "--spec", file.toString(), "--out", out.toString());

        assertThat(code).isEqualTo(GeneratorCli.EXIT_SPEC_ERROR);
        assertThat(err.toString()).contains("at " + pointer + ": ").contains(rule);
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("Existing.java");
        }
        try (var siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("broken.yaml", "out");
        }
    }

    @Test
    void unparseableYamlExitsWithCode2(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("bad.yaml");
        Files.writeString(file, "openapi: 3.0.3\ninfo: [unclosed\n");
        StringWriter err = new StringWriter();
        int code = GeneratorCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                "generate", "--spec", file.toString(), "--out", tmp.resolve("out").toString());
        assertThat(code).isEqualTo(GeneratorCli.EXIT_SPEC_ERROR);
        assertThat(err.toString()).contains("at /: ");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void missingSpecFileExitsWithCode2(@TempDir Path tmp) {
        StringWriter err = new StringWriter();
        int code = GeneratorCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                "generate", "--spec", tmp.resolve("nope.yaml").toString(), "--out", tmp.resolve("out").toString());
        assertThat(code).isEqualTo(GeneratorCli.EXIT_SPEC_ERROR);
        assertThat(err.toString()).contains("nope.yaml");
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n");
    }
}
