// The failure names the input and the reason, with no bare exception class and no internal reference.
def log = new File(basedir, 'build.log').text
assert log.contains('sdk-generator: the error-code catalogue ') : log
assert log.contains('tencent-error-codes.json.xz does not exist') : log
assert !log.contains('NoSuchFileException') : log
assert !(log =~ /issue \d/) : log
assert !new File(basedir, 'target/generated-sources/sdk').exists()
true
