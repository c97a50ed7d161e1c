// -Dplan.skip: both goals say they skipped; the plan's error is not reported and nothing is written.
def log = new File(basedir, 'build.log').text
assert log.count('plan: skipped (plan.skip)') == 2 : 'validate and generate did not both report skipping'
assert !log.contains('date.invalid') : 'a skipped build validated the plan'
assert !new File(basedir, 'target/plan').exists() : 'a skipped build wrote outputs'
return true
