// failOnWarning: the plan's one warning (smart.relevant on goal Reach, line 11) fails the build, and nothing is generated.
def log = new File(basedir, 'build.log').text
assert log =~ /\[WARNING\] .*volunteer-week\.plan:\[11,\d+\] smart\.relevant: / : 'smart.relevant not reported on line 11'
assert log.contains('plan validation failed: 1 plan: 0 errors, 1 warning') : 'no summary of the failing warning'
assert !new File(basedir, 'target/plan').exists() : 'a plan was generated although validation failed'
return true
