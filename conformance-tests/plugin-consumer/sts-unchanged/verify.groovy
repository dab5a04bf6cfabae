// The second build skipped the generation and still had the spec copied to the test class path.
def log = new File(basedir, 'build.log').text
assert log.contains('sdk-generator: inputs unchanged') : 'the second build regenerated: ' + log
assert new File(basedir, 'generated/sources/dev/clssdk/sts/StsClient.java').isFile()
assert new File(basedir, 'generated/sources/dev/clssdk/sts/StsErrorCode.java').text.contains('INVALID_PARAMETER_POLICY_TOO_LONG')
assert new File(basedir, 'target/test-classes/sdk-spec/sts.yaml').text.contains('maximum: 129600')
true
