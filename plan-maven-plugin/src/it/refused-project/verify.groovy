// plan:generate alone refuses a plan with errors, says why, and writes none of its outputs.
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] .*kickoff\.plan:\[27,\d+\] date\.invalid: /
assert log =~ /\[ERROR\] plan: not generating .*kickoff\.plan: it has errors/
assert log.contains('not generated because of errors (set plan.force to generate anyway)')
assert !new File(basedir, 'target/plan/kickoff').exists() : 'a plan with errors was generated'
return true
