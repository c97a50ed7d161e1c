// The build failed on the impossible date, reported in Maven's file:[line,col] code: message layout.
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] .*kickoff\.plan:\[27,\d+\] date\.invalid: / : 'date.invalid not reported on line 27'
assert log.contains('plan validation failed: 1 plan: 1 error')
assert !new File(basedir, 'target/plan/kickoff').exists() : 'a plan with errors was generated'
return true
